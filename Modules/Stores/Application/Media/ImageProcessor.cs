using SkiaSharp;

namespace SalesSuite.Stores.Application.Media;

/// <summary>
/// Decodes a photo with SkiaSharp (what does not decode is not a photo), turns it upright by its EXIF orientation,
/// and re-encodes it as JPEG at most <see cref="MaxSide"/> px on the long side plus a <see cref="ThumbnailSide"/> px
/// thumbnail. Skia's JPEG encoder writes no metadata, so nothing of the original's EXIF reaches what is served.
/// </summary>
internal static class ImageProcessor
{
    public const int MaxSide = 1600;
    public const int ThumbnailSide = 320;
    public const int Quality = 82;
    public const int ThumbnailQuality = 75;
    /// <summary>Larger pictures are refused before decoding (a small file can declare an enormous canvas).</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The processed photo, or an outcome with a refusal key when the bytes are not a decodable, sane image.</summary>
    public static ImageOutcome Process(byte[] original)
    {
        using var data = SKData.CreateCopy(original);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return ImageOutcome.NotImage;
        }
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return ImageOutcome.TooManyPixels;
        }
        using var bitmap = Decode(codec);
        if (bitmap is null)
        {
            return ImageOutcome.NotImage;
        }
        var origin = codec.EncodedOrigin;
        var (width, height) = Swaps(origin) ? (bitmap.Height, bitmap.Width) : (bitmap.Width, bitmap.Height);
        var main = Render(bitmap, origin, Fit(width, height, MaxSide), Quality);
        var thumbnail = Render(bitmap, origin, Fit(width, height, ThumbnailSide), ThumbnailQuality);
        return new ImageOutcome(main.Jpeg, main.Size.Width, main.Size.Height, thumbnail.Jpeg);
    }

    /// <summary>Decodes at a reduced scale when the codec can (JPEG decodes at 1/2, 1/4, 1/8 cheaply), never below MaxSide.</summary>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var longSide = Math.Max(codec.Info.Width, codec.Info.Height);
        var size = codec.GetScaledDimensions(Math.Min(1f, MaxSide / (float)longSide));
        if (Math.Max(size.Width, size.Height) < Math.Min(MaxSide, longSide))
        {
            size = codec.Info.Size;
        }
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput) && size != codec.Info.Size)
        {
            bitmap.Dispose();
            info = info.WithSize(codec.Info.Width, codec.Info.Height);
            bitmap = new SKBitmap(info);
            result = codec.GetPixels(info, bitmap.GetPixels());
        }
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return null;
        }
        return bitmap;
    }

    private static SKSizeI Fit(int width, int height, int maxSide)
    {
        var scale = Math.Min(1d, maxSide / (double)Math.Max(width, height));
        return new SKSizeI(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    private static bool Swaps(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>One draw: scale to the target, undo the camera's orientation, flatten transparency onto white.</summary>
    private static (byte[] Jpeg, SKSizeI Size) Render(SKBitmap source, SKEncodedOrigin origin, SKSizeI target, int quality)
    {
        float w = source.Width, h = source.Height;
        var (uprightWidth, uprightHeight) = Swaps(origin) ? (h, w) : (w, h);
        using var output = new SKBitmap(new SKImageInfo(target.Width, target.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(output))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(target.Width / uprightWidth, target.Height / uprightHeight);
            Orient(canvas, origin, w, h);
            using var image = SKImage.FromBitmap(source);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
        using var jpeg = output.Encode(SKEncodedImageFormat.Jpeg, quality);
        return (jpeg.ToArray(), target);
    }

    /// <summary>Maps the stored pixels (w × h) to the upright picture, as EXIF orientation 1–8 asks.</summary>
    private static void Orient(SKCanvas canvas, SKEncodedOrigin origin, float w, float h)
    {
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(h, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(h, w);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, w);
                canvas.RotateDegrees(-90);
                break;
            default:
                break;
        }
    }
}

/// <summary>The re-encoded photo and thumbnail, or why there is none.</summary>
internal sealed record ImageOutcome(byte[] Jpeg, int Width, int Height, byte[] Thumbnail, string? Refusal = null)
{
    public static readonly ImageOutcome NotImage = new([], 0, 0, [], "Media_Error_NotImage");
    public static readonly ImageOutcome TooManyPixels = new([], 0, 0, [], "Media_Error_Pixels");
}
