namespace SalesSuite.SharedKernel.Files;

/// <summary>
/// What an upload really is, read from its first bytes (never the browser's Content-Type): %PDF, PNG, JPEG FF D8 FF,
/// and Office Open XML (a zip "PK\x03\x04" whose name says .docx or .xlsx). The served type comes from here too.
/// </summary>
public static class FileSignatures
{
    public const string PdfType = "application/pdf";
    public const string PngType = "image/png";
    public const string JpegType = "image/jpeg";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The content type the first bytes show (a zip only as the Office file its name says); else null.</summary>
    public static string? Sniff(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Pdf))
        {
            return PdfType;
        }
        if (content.StartsWith(Png))
        {
            return PngType;
        }
        if (content.StartsWith(Jpeg))
        {
            return JpegType;
        }
        return !content.StartsWith(Zip) ? null : Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".docx" => DocxType,
            ".xlsx" => XlsxType,
            _ => null,
        };
    }

    /// <summary>The content type of <paramref name="content"/> when it matches the signature of its extension; else null.</summary>
    public static string? Detect(string fileName, ReadOnlySpan<byte> content) =>
        (Path.GetExtension(fileName).ToLowerInvariant(), Sniff(fileName, content)) switch
        {
            (".pdf", PdfType) => PdfType,
            (".png", PngType) => PngType,
            (".jpg" or ".jpeg", JpegType) => JpegType,
            (".docx", DocxType) => DocxType,
            (".xlsx", XlsxType) => XlsxType,
            _ => null,
        };
}
