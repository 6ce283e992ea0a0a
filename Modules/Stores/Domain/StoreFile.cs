using NodaTime;

namespace SalesSuite.Stores.Domain;

/// <summary>What an uploaded file is for (the code is stored; the name is the resource key <c>FileKind_{code}</c>).</summary>
internal static class FileKind
{
    public const string ShelfPhoto = "shelf";
    public const string PromotionPhoto = "promotion";
    public const string GroupBuyScreenshot = "groupbuy";
    public const string Recording = "recording";

    public static readonly IReadOnlyList<string> All = [ShelfPhoto, PromotionPhoto, GroupBuyScreenshot, Recording];

    public static bool IsImage(string kind) => kind != Recording;
}

/// <summary>
/// A file of a report, kept in the file store (not the database). Images are served re-encoded without their metadata;
/// the EXIF position they carried is kept here as evidence. <see cref="ThumbnailKey"/> is a small JPEG for lists.
/// </summary>
internal sealed class StoreFile
{
    public StoreFile(Guid id, Guid storeId, LocalDate day, string kind, string storageKey, string? thumbnailKey, string contentType, long bytes,
        Guid uploadedBy, Instant uploadedAt)
    {
        Id = id;
        StoreId = storeId;
        Day = day;
        Kind = kind;
        StorageKey = storageKey;
        ThumbnailKey = thumbnailKey;
        ContentType = contentType;
        Bytes = bytes;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    private StoreFile()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid? ReportId { get; private set; }
    public LocalDate Day { get; private set; }
    /// <summary>One of <see cref="FileKind.All"/>.</summary>
    public string Kind { get; private set; } = string.Empty;
    public string StorageKey { get; private set; } = string.Empty;
    public string? ThumbnailKey { get; private set; }
    public string ContentType { get; private set; } = string.Empty;
    /// <summary>Bytes stored (the served file plus its thumbnail), counted against the store's daily quota.</summary>
    public long Bytes { get; private set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    /// <summary>Recordings: the duration the server measured, in seconds.</summary>
    public double? DurationSeconds { get; set; }
    /// <summary>The EXIF GPS position the original image carried (stripped from what is served).</summary>
    public double? ExifLatitude { get; set; }
    public double? ExifLongitude { get; set; }
    public Instant? ExifTakenAt { get; set; }
    /// <summary>SHA-256 of the original upload (hex): the same photo uploaded twice is recognised.</summary>
    public string? Sha256 { get; set; }
    public Guid UploadedBy { get; private set; }
    public Instant UploadedAt { get; private set; }

    public void BelongTo(Guid reportId) => ReportId = reportId;
}
