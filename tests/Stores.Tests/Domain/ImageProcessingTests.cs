using NodaTime;
using SalesSuite.Stores.Application.Media;
using SalesSuite.Stores.Tests.Media;
using SkiaSharp;

namespace SalesSuite.Stores.Tests.Domain;

/// <summary>Photos are decoded, turned upright, shrunk and re-encoded without metadata; the EXIF position is read first.</summary>
public sealed class ImageProcessingTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Fact]
    public void Given_a_photo_with_gps_and_time_Then_both_are_read_as_evidence()
    {
        var jpeg = TestJpeg.WithExif(64, 48, latitude: 31.230416, longitude: 121.473701, takenAt: "2026:11:23 08:30:00");

        var evidence = ImageEvidence.Read(jpeg, Shanghai);

        Assert.Equal(31.230416, evidence.Latitude!.Value, precision: 5);
        Assert.Equal(121.473701, evidence.Longitude!.Value, precision: 5);
        Assert.Equal(Instant.FromUtc(2026, 11, 23, 0, 30), evidence.TakenAt);
    }

    [Fact]
    public void Given_a_photo_with_exif_When_processed_Then_the_output_carries_no_exif_and_is_resized()
    {
        var jpeg = TestJpeg.WithExif(2400, 1200, latitude: 31.23, longitude: 121.47);
        Assert.True(TestJpeg.Contains(jpeg, "Exif"));

        var outcome = ImageProcessor.Process(jpeg);

        Assert.Null(outcome.Refusal);
        Assert.Equal((1600, 800), (outcome.Width, outcome.Height));
        Assert.False(TestJpeg.Contains(outcome.Jpeg, "Exif"));
        Assert.False(TestJpeg.Contains(outcome.Thumbnail, "Exif"));
        using var thumbnail = SKBitmap.Decode(outcome.Thumbnail);
        Assert.Equal((320, 160), (thumbnail.Width, thumbnail.Height));
    }

    [Fact]
    public void Given_a_photo_taken_sideways_When_processed_Then_it_is_turned_upright()
    {
        // Stored 200 × 100, red left / blue right; orientation 6 means "rotate 90° clockwise to view".
        var jpeg = TestJpeg.WithExif(200, 100, orientation: 6);

        var outcome = ImageProcessor.Process(jpeg);

        Assert.Equal((100, 200), (outcome.Width, outcome.Height));
        using var upright = SKBitmap.Decode(outcome.Jpeg);
        Assert.True(upright.GetPixel(50, 20).Red > 200, "the red half is on top");
        Assert.True(upright.GetPixel(50, 180).Blue > 200, "the blue half is at the bottom");
    }

    [Fact]
    public void Given_a_pdf_named_like_a_photo_Then_it_is_not_an_image() =>
        Assert.Equal("Media_Error_NotImage", ImageProcessor.Process(TestAudio.Pdf()).Refusal);

    [Fact]
    public void Given_a_jpeg_cut_in_half_Then_it_is_not_an_image()
    {
        var jpeg = TestJpeg.Draw(400, 300);

        Assert.Equal("Media_Error_NotImage", ImageProcessor.Process(jpeg[..(jpeg.Length / 3)]).Refusal);
    }

    [Fact]
    public void Given_a_png_with_transparency_When_processed_Then_it_becomes_an_opaque_jpeg()
    {
        using var bitmap = new SKBitmap(40, 40);
        bitmap.Erase(SKColors.Transparent);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        var outcome = ImageProcessor.Process(png.ToArray());

        using var decoded = SKBitmap.Decode(outcome.Jpeg);
        Assert.True(decoded.GetPixel(20, 20).Red > 240, "transparent turns white");
    }
}
