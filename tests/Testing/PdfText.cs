using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesSuite.Testing;

/// <summary>
/// Reads what a PDF of ours shows without a PDF library: inflates its streams and maps glyph ids back to characters
/// through the document's own ToUnicode maps, so a test can ask "does a page show 'V3.2'?" of a compressed file.
/// </summary>
public static partial class PdfText
{
    /// <summary>The file as Latin-1 text with every FlateDecode stream inflated in place.</summary>
    public static string Inflated(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return StreamBody().Replace(text, m =>
        {
            var bytes = Encoding.Latin1.GetBytes(m.Groups[1].Value);
            try
            {
                using var zlib = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                zlib.CopyTo(plain);
                return "stream\n" + Encoding.Latin1.GetString(plain.ToArray()) + "\nendstream";
            }
            catch (InvalidDataException)
            {
                return m.Value;
            }
        });
    }

    /// <summary>Whether some text-showing operator of the file shows <paramref name="line"/> (or a run containing it).</summary>
    public static bool Shows(byte[] pdf, string line)
    {
        var text = Inflated(pdf);
        var glyphs = new Dictionary<char, string>();
        foreach (Match m in CMapEntry().Matches(text))
        {
            glyphs.TryAdd((char)Convert.ToInt32(m.Groups[2].Value, 16), m.Groups[1].Value);
        }
        if (line.Any(c => !glyphs.ContainsKey(c)))
        {
            return false;
        }
        var hex = string.Concat(line.Select(c => glyphs[c]));
        return ShowOperator().Matches(text).Any(m => Whitespace().Replace(m.Groups[1].Value, "").Contains(hex, StringComparison.Ordinal));
    }

    /// <summary>The number of pages.</summary>
    public static int PageCount(byte[] pdf) => PageObject().Matches(Inflated(pdf)).Count;

    [GeneratedRegex(@"stream\r?\n(.*?)\r?\nendstream", RegexOptions.Singleline)]
    private static partial Regex StreamBody();

    [GeneratedRegex(@"<([0-9A-F]{4})>\s*<\1>\s*<([0-9A-F]{4})>")]
    private static partial Regex CMapEntry();

    // PDFsharp breaks long hex strings over several lines.
    [GeneratedRegex(@"<([0-9A-F\s]+)>\s*Tj")]
    private static partial Regex ShowOperator();

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
