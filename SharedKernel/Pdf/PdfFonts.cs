using PdfSharp.Fonts;

namespace SalesSuite.SharedKernel.Pdf;

/// <summary>
/// The one font every PDF is set in: a CJK font with Latin glyphs, so Chinese and English render alike. PDFsharp's
/// font resolver is process-wide, so this is installed once. The file is <c>Pdf:FontPath</c> when configured (a .ttf,
/// or a .ttc whose face <c>Pdf:FontIndex</c> is taken), else the first of <see cref="Candidates"/> that exists.
/// Bold is simulated (the CJK fonts we look for have one weight).
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    /// <summary>The family name the report writer asks for.</summary>
    public const string Family = "SalesSuite CJK";

    private const string Face = "salessuite-cjk";

    /// <summary>Where a CJK font usually is: Debian/Ubuntu (fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming), Windows, macOS.</summary>
    public static readonly IReadOnlyList<string> Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        @"C:\Windows\Fonts\msyh.ttc",
        @"C:\Windows\Fonts\simsun.ttc",
        "/Library/Fonts/Arial Unicode.ttf",
        "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    ];

    private static readonly Lock Gate = new();
    private static PdfFonts? _installed;
    private readonly Lazy<byte[]> _font;

    private PdfFonts(string? configuredPath, int faceIndex)
    {
        FontPath = Find(configuredPath);
        _font = new Lazy<byte[]>(() => Load(FontPath, faceIndex));
    }

    /// <summary>The font file in use.</summary>
    public string FontPath { get; }

    /// <summary>
    /// Installs the resolver on first call (later calls return the installed one: PDFsharp allows one resolver per
    /// process). Throws naming the setting and the Debian package when no CJK font is found.
    /// </summary>
    public static PdfFonts Install(string? configuredPath = null, int faceIndex = 0)
    {
        lock (Gate)
        {
            if (_installed is null)
            {
                var fonts = new PdfFonts(configuredPath, faceIndex);
                GlobalFontSettings.FontResolver = fonts;
                _installed = fonts;
            }
            return _installed;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(Face, mustSimulateBold: isBold, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => faceName == Face ? _font.Value : null;

    internal static string Find(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return File.Exists(configuredPath)
                ? configuredPath
                : throw new InvalidOperationException($"Pdf:FontPath '{configuredPath}' does not exist.");
        }
        return Candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "No CJK font for PDFs: install fonts-wqy-microhei (Debian/Ubuntu) or set Pdf:FontPath to a .ttf/.ttc file.");
    }

    private static byte[] Load(string path, int faceIndex)
    {
        var bytes = File.ReadAllBytes(path);
        return TrueTypeCollection.IsCollection(bytes) ? TrueTypeCollection.ExtractFace(bytes, faceIndex) : bytes;
    }
}
