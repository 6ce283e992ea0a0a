using NodaTime;
using SalesSuite.SharedKernel.Domain;

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
        ContentType = Sniff(content) ?? throw new DomainException("Receipt_Error_Type");
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

    /// <summary>image/jpeg, image/png or application/pdf from the magic bytes; null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf",
        _ => null,
    };

    private static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        name = string.IsNullOrEmpty(name) ? "receipt" : name;
        return name.Length > MaxFileName ? name[^MaxFileName..] : name;
    }
}
