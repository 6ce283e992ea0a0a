using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Files;

namespace SalesSuite.Collections.Domain;

/// <summary>A bank receipt (image or PDF) proving a payment. Type is checked from the file's first bytes, not its name.</summary>
internal sealed class Receipt
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxFileName = 200;

    public Receipt(Guid id, string fileName, byte[] content, Guid uploadedBy, Instant uploadedAt)
    {
        DomainException.ThrowIf(content.LongLength == 0, "Receipt_Error_Empty");
        DomainException.ThrowIf(content.LongLength > MaxBytes, "Receipt_Error_TooLarge", MaxBytes / 1024 / 1024);
        ContentType = Sniff(fileName, content) ?? throw new DomainException("Receipt_Error_Type");
        Id = id;
        FileName = CleanName(fileName);
        Content = content;
        Size = content.LongLength;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    private Receipt()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string FileName { get; private set; } = string.Empty;
    public string ContentType { get; private set; } = string.Empty;
    public byte[] Content { get; private set; } = [];
    public long Size { get; private set; }
    public Guid UploadedBy { get; private set; }
    public Instant UploadedAt { get; private set; }

    /// <summary>
    /// image/jpeg, image/png or application/pdf from the magic bytes (the kernel's <see cref="FileSignatures"/>), whatever the
    /// name says; null for anything else, Office files included.
    /// </summary>
    public static string? Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        var type = FileSignatures.Sniff(fileName, head);
        return type is FileSignatures.JpegType or FileSignatures.PngType or FileSignatures.PdfType ? type : null;
    }

    private static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        name = string.IsNullOrEmpty(name) ? "receipt" : name;
        return name.Length > MaxFileName ? name[^MaxFileName..] : name;
    }
}
