namespace SalesSuite.Stores.Application.Media;

/// <summary>An upload ready to be written: the served bytes (and thumbnail) under their keys, with what was measured.</summary>
internal sealed record ProcessedUpload(string Key, byte[] Served, string? ThumbnailKey, byte[]? Thumbnail, string ContentType)
{
    public int? Width { get; init; }
    public int? Height { get; init; }
    public double? DurationSeconds { get; init; }
    public ImageEvidence? Evidence { get; init; }
}
