using SkiaSharp;

namespace SalesSuite.Stores.Data.Seeding;

/// <summary>
/// Demo photos drawn on the fly (no stock images in the repository): a shelf with coloured products, different for each
/// store, day and shot, labelled with the store code and date, as JPEG with a thumbnail.
/// </summary>
internal static class DemoPhotos
{
    public const int Width = 400;
    public const int Height = 300;
    public const int ThumbWidth = 128;

    private static readonly SKColor[] Palette =
    [
        new(0xE5, 0x39, 0x35), new(0xFB, 0x8C, 0x00), new(0xFD, 0xD8, 0x35), new(0x43, 0xA0, 0x47),
        new(0x1E, 0x88, 0xE5), new(0x8E, 0x24, 0xAA), new(0x6D, 0x4C, 0x41), new(0x00, 0x89, 0x7B),
    ];

    /// <summary>The photo and its thumbnail as JPEG bytes.</summary>
    public static (byte[] Photo, byte[] Thumbnail) Draw(string label, int seed, bool promotion)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(Width, Height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xF4, 0xF1, 0xEA));
            using var shelf = new SKPaint { Color = new SKColor(0x9E, 0x9E, 0x9E), IsAntialias = true };
            using var box = new SKPaint { IsAntialias = true };
            for (var row = 0; row < 3; row++)
            {
                var baseline = 95 + row * 90;
                canvas.DrawRect(10, baseline, Width - 20, 8, shelf);
                var x = 16f;
                while (x < Width - 40)
                {
                    var w = 22 + random.Next(30);
                    var h = 40 + random.Next(50);
                    // An empty gap now and then: what a supervisor looks for on a shelf photo.
                    if (random.NextDouble() > 0.12)
                    {
                        box.Color = Palette[random.Next(Palette.Length)];
                        canvas.DrawRoundRect(x, baseline - h, w, h, 3, 3, box);
                    }
                    x += w + 4;
                }
            }
            if (promotion)
            {
                using var banner = new SKPaint { Color = new SKColor(0xD3, 0x2F, 0x2F), IsAntialias = true };
                canvas.DrawRect(0, 0, Width, 34, banner);
            }
            using var font = new SKFont(SKTypeface.Default, 18);
            using var ink = new SKPaint { Color = promotion ? SKColors.White : new SKColor(0x26, 0x32, 0x38), IsAntialias = true };
            canvas.DrawText(label, 12, 24, SKTextAlign.Left, font, ink);
        }
        return (Encode(bitmap), Thumbnail(bitmap));
    }

    private static byte[] Thumbnail(SKBitmap bitmap)
    {
        var info = new SKImageInfo(ThumbWidth, ThumbWidth * Height / Width);
        using var small = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        return Encode(small);
    }

    private static byte[] Encode(SKBitmap bitmap)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 60);
        return data.ToArray();
    }
}
