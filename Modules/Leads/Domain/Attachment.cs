using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>A file attached to a follow-up (visit photo, spec sheet), stored in the module database.</summary>
internal sealed class Attachment
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private Attachment() { }

    public Attachment(Guid id, Guid followUpId, string fileName, string contentType, byte[] content, Instant uploadedAt)
    {
        Id = id;
        FollowUpId = followUpId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Size = content.LongLength;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public Guid FollowUpId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] Content { get; private set; } = [];
    public Instant UploadedAt { get; private set; }

    /// <summary>Resource key of the problem with an upload, or null when it is acceptable.</summary>
    public static string? Problem(string fileName, long length) =>
        length == 0 ? "Attachment_Empty"
        : length > MaxBytes ? "Attachment_TooLarge"
        : !FieldValues.AllowedFileExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()) ? "Attachment_WrongType"
        : null;
}
