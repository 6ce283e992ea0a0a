using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using NodaTime;
using NodaTime.Text;

namespace SalesSuite.Stores.Application.Media;

/// <summary>
/// What the original photo's EXIF says about where and when it was taken (kept as evidence; the served copy has no
/// metadata). A taken-at time without an offset tag is read in the business time zone. Unreadable metadata is no evidence,
/// not an error: whether the bytes are an image is SkiaSharp's call.
/// </summary>
internal sealed record ImageEvidence(double? Latitude, double? Longitude, Instant? TakenAt)
{
    private const int TagOffsetTimeOriginal = 0x9011;

    public static ImageEvidence Read(byte[] original, DateTimeZone zone)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(new MemoryStream(original, writable: false));
        }
#pragma warning disable CA1031 // any parser failure means "no evidence"; the image itself is judged by the decoder
        catch (Exception)
#pragma warning restore CA1031
        {
            return new ImageEvidence(null, null, null);
        }
        var location = directories.OfType<GpsDirectory>().Select(g => g.GetGeoLocation()).FirstOrDefault(g => g is not null);
        double? latitude = null, longitude = null;
        if (location is not null && !location.IsZero && Math.Abs(location.Latitude) <= 90 && Math.Abs(location.Longitude) <= 180)
        {
            latitude = Math.Round(location.Latitude, 6);
            longitude = Math.Round(location.Longitude, 6);
        }
        return new ImageEvidence(latitude, longitude, ReadTakenAt(directories, zone));
    }

    private static Instant? ReadTakenAt(IReadOnlyList<MetadataExtractor.Directory> directories, DateTimeZone zone)
    {
        var exif = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        if (exif is null || !exif.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var taken))
        {
            return null;
        }
        var local = LocalDateTime.FromDateTime(taken);
        var offsetText = exif.GetString(TagOffsetTimeOriginal);
        if (offsetText is not null && OffsetPattern.GeneralInvariant.Parse(offsetText.Trim()) is { Success: true } offset)
        {
            return local.WithOffset(offset.Value).ToInstant();
        }
        return local.InZoneLeniently(zone).ToInstant();
    }
}
