namespace SalesSuite.Quotes.Domain;

/// <summary>
/// The evidence types Finance may upload, recognised by their first bytes (the declared type and the name's extension
/// are not trusted): PDF, PNG, JPEG, and Excel workbooks (a zip whose name ends in .xlsx).
/// </summary>
internal sealed record EvidenceFileType(string Extension, string ContentType)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public static readonly EvidenceFileType Pdf = new("pdf", "application/pdf");
    public static readonly EvidenceFileType Png = new("png", "image/png");
    public static readonly EvidenceFileType Jpeg = new("jpg", "image/jpeg");
    public static readonly EvidenceFileType Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public static EvidenceFileType? Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }
        return head.StartsWith("PK\u0003\u0004"u8) && fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? Xlsx : null;
    }
}
