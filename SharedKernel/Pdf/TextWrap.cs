using System.Globalization;
using System.Text;

namespace SalesSuite.SharedKernel.Pdf;

/// <summary>
/// Breaks text into lines no wider than a width: at the last space when there is one (Latin words stay whole),
/// otherwise between any two characters (Chinese has no spaces). Line breaks in the text are kept.
/// </summary>
internal static class TextWrap
{
    public static List<string> Lines(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            var pieces = StringInfo.GetTextElementEnumerator(paragraph);
            while (pieces.MoveNext())
            {
                var piece = pieces.GetTextElement();
                while (line.Length > 0 && measure(line + piece) > width)
                {
                    var current = line.ToString();
                    var cut = piece == " " ? -1 : current.LastIndexOf(' ');
                    lines.Add(cut > 0 ? current[..cut] : current.TrimEnd());
                    line.Clear().Append(cut > 0 ? current[(cut + 1)..] : "");
                }
                if (line.Length > 0 || piece != " ")
                {
                    line.Append(piece);
                }
            }
            lines.Add(line.ToString());
        }
        return lines;
    }
}
