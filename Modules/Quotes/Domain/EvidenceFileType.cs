using SalesSuite.SharedKernel.Files;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// The evidence types Finance may upload, recognised by their first bytes (the declared type and the name's extension
/// are not trusted): PDF, PNG, JPEG, and Excel workbooks (a zip whose name ends in .xlsx).
/// </summary>
internal sealed record EvidenceFileType(string Extension, string ContentType)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public static readonly EvidenceFileType Pdf = new("pdf", FileSignatures.PdfType);
    public static readonly EvidenceFileType Png = new("png", FileSignatures.PngType);
    public static readonly EvidenceFileType Jpeg = new("jpg", FileSignatures.JpegType);
    public static readonly EvidenceFileType Xlsx = new("xlsx", FileSignatures.XlsxType);

    /// <summary>The evidence type the first bytes show (the kernel's <see cref="FileSignatures"/>); else null.</summary>
    public static EvidenceFileType? Sniff(ReadOnlySpan<byte> head, string fileName) => FileSignatures.Sniff(fileName, head) switch
    {
        FileSignatures.PdfType => Pdf,
        FileSignatures.PngType => Png,
        FileSignatures.JpegType => Jpeg,
        FileSignatures.XlsxType => Xlsx,
        _ => null,
    };
}
