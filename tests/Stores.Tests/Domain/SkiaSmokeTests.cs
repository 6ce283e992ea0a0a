using SkiaSharp;

namespace SalesSuite.Stores.Tests.Domain;

public sealed class SkiaSmokeTests
{
    [Fact]
    public void Given_a_drawn_bitmap_When_encoded_as_jpeg_and_decoded_Then_the_size_survives()
    {
        using var bitmap = new SKBitmap(64, 48);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Orange);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        using var decoded = SKBitmap.Decode(data.ToArray());
        Assert.Equal(64, decoded.Width);
    }
}
