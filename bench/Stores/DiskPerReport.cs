using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Stores.Application.Media;
using SalesSuite.Stores.Domain;
using SkiaSharp;

namespace SalesSuite.Stores.Bench;

/// <summary>
/// What one typical report costs on disk: three phone shelf photos (12 MP, noisy detail like a real shelf), one promotion
/// photo, one group-buy screenshot and two 20-second recordings, through the real MediaService (resize, re-encode,
/// thumbnails). Returns bytes stored and the upload size.
/// </summary>
internal static class DiskPerReport
{
    public static async Task<(long Stored, long Uploaded)> MeasureAsync(IServiceProvider sp, Guid storeId, LocalDate day, Guid userId)
    {
        var media = sp.GetRequiredService<MediaService>();
        long stored = 0, uploaded = 0;
        async Task Accept(string kind, string name, string type, byte[] bytes)
        {
            uploaded += bytes.Length;
            await using var s = new MemoryStream(bytes);
            var file = await media.AcceptAsync(storeId, day, kind, name, type, s, userId, CancellationToken.None);
            stored += file.Bytes;
        }
        var photo = PhonePhoto(4032, 3024, 1);
        await Accept(FileKind.ShelfPhoto, "shelf1.jpg", "image/jpeg", photo);
        await Accept(FileKind.ShelfPhoto, "shelf2.jpg", "image/jpeg", PhonePhoto(4032, 3024, 2));
        await Accept(FileKind.ShelfPhoto, "shelf3.jpg", "image/jpeg", PhonePhoto(4032, 3024, 3));
        await Accept(FileKind.PromotionPhoto, "promo.jpg", "image/jpeg", PhonePhoto(4032, 3024, 4));
        await Accept(FileKind.GroupBuyScreenshot, "groupbuy.png", "image/png", Screenshot());
        await Accept(FileKind.Recording, "q1.wav", "audio/wav", Wav(20));
        await Accept(FileKind.Recording, "q2.wav", "audio/wav", Wav(20));
        return (stored, uploaded);
    }

    private static byte[] PhonePhoto(int w, int h, int seed)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(w, h);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xEE, 0xEA, 0xE0));
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 4000; i++)
            {
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                canvas.DrawRect(random.Next(w), random.Next(h), 20 + random.Next(160), 40 + random.Next(240), paint);
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private static byte[] Screenshot()
    {
        using var bitmap = new SKBitmap(1080, 2340);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = new SKColor(0x07, 0xC1, 0x60) };
            for (var y = 100; y < 2300; y += 180)
            {
                canvas.DrawRoundRect(40, y, 1000, 140, 20, 20, paint);
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Mono 16-bit PCM at 8 kHz (what a phone's recorder would give as WAV; Opus/WebM is about a tenth).</summary>
    private static byte[] Wav(int seconds)
    {
        const int rate = 8000;
        var samples = rate * seconds;
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write("RIFF"u8.ToArray());
        w.Write(36 + samples * 2);
        w.Write("WAVEfmt "u8.ToArray());
        w.Write(16);
        w.Write((short)1);
        w.Write((short)1);
        w.Write(rate);
        w.Write(rate * 2);
        w.Write((short)2);
        w.Write((short)16);
        w.Write("data"u8.ToArray());
        w.Write(samples * 2);
        for (var i = 0; i < samples; i++)
        {
            w.Write((short)(Math.Sin(i * 2 * Math.PI * 440 / rate) * 8000));
        }
        return ms.ToArray();
    }
}
