using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Files;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// A file attached to a follow-up (visit photo, spec sheet) or uploaded for a deal's "file" stage field
/// (test report), stored in the module database. Exactly one of <see cref="FollowUpId"/> and <see cref="DealId"/> is set.
/// </summary>
internal sealed class Attachment
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxFileName = 200;

    private Attachment() { }

    public Attachment(Guid id, Guid followUpId, string fileName, string contentType, byte[] content, Instant uploadedAt)
        : this(id, followUpId, null, fileName, contentType, content, uploadedAt)
    {
    }

    private Attachment(Guid id, Guid? followUpId, Guid? dealId, string fileName, string contentType, byte[] content, Instant uploadedAt)
    {
        Id = id;
        FollowUpId = followUpId;
        DealId = dealId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Size = content.LongLength;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public Guid? FollowUpId { get; private set; }
    public Guid? DealId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] Content { get; private set; } = [];
    public Instant UploadedAt { get; private set; }

    /// <summary>A file uploaded for a deal's "file" stage field.</summary>
    public static Attachment ForDeal(Guid id, Guid dealId, string fileName, string contentType, byte[] content, Instant uploadedAt) =>
        new(id, null, dealId, fileName, contentType, content, uploadedAt);

    /// <summary>Resource key of the problem with an upload, or null when it is acceptable.</summary>
    public static string? Problem(string fileName, long length) =>
        length == 0 ? "Attachment_Empty"
        : length > MaxBytes ? "Attachment_TooLarge"
        : !FieldValues.AllowedFileExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()) ? "Attachment_WrongType"
        : Path.GetFileName(fileName).Length > MaxFileName ? "Attachment_NameTooLong"
        : null;

    /// <summary>
    /// The upload's real content type (<see cref="FileSignatures"/>); content that is not what its name says is refused
    /// (<c>Attachment_ContentMismatch</c>). The browser's Content-Type is never trusted.
    /// </summary>
    public static string ContentTypeOf(string fileName, byte[] content) =>
        FileSignatures.Detect(fileName, content) ?? throw new DomainException("Attachment_ContentMismatch");
}
