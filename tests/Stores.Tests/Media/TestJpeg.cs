using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace SalesSuite.Stores.Tests.Media;

/// <summary>Real JPEGs drawn with SkiaSharp, with an EXIF APP1 segment (GPS, DateTimeOriginal, orientation) written by hand.</summary>
internal static class TestJpeg
{
    /// <summary>A picture whose left half is red and right half blue (so a rotation shows).</summary>
    public static byte[] Draw(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var red = new SKPaint { Color = SKColors.Red };
            using var blue = new SKPaint { Color = SKColors.Blue };
            canvas.DrawRect(0, 0, width / 2f, height, red);
            canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    public static byte[] WithExif(int width, int height, double? latitude = null, double? longitude = null, string? takenAt = null,
        ushort? orientation = null) =>
        InsertApp1(Draw(width, height), Tiff(latitude, longitude, takenAt, orientation));

    /// <summary>Puts "Exif\0\0" + the TIFF block in an APP1 segment right after the SOI marker.</summary>
    public static byte[] InsertApp1(byte[] jpeg, byte[] tiff)
    {
        var segment = new List<byte> { 0xFF, 0xE1 };
        var length = 2 + 6 + tiff.Length;
        segment.Add((byte)(length >> 8));
        segment.Add((byte)length);
        segment.AddRange("Exif\0\0"u8.ToArray());
        segment.AddRange(tiff);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>Little-endian TIFF: IFD0 (orientation, Exif and GPS pointers), Exif IFD (DateTimeOriginal), GPS IFD.</summary>
    private static byte[] Tiff(double? latitude, double? longitude, string? takenAt, ushort? orientation)
    {
        var ifd0Entries = new List<(ushort Tag, ushort Type, uint Count, uint Value)>();
        const int ifd0 = 8;
        var ifd0Count = 2 + (orientation is null ? 0 : 1);
        var exif = ifd0 + 2 + (12 * ifd0Count) + 4;
        var gps = exif + 2 + 12 + 4;
        var data = gps + 2 + (12 * 4) + 4;
        var dateAt = data;
        var latAt = dateAt + 20;
        var lonAt = latAt + 24;
        var buffer = new byte[lonAt + 24];
        "II"u8.CopyTo(buffer);
        BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(4), ifd0);
        if (orientation is { } o)
        {
            ifd0Entries.Add((0x0112, 3, 1, o));
        }
        ifd0Entries.Add((0x8769, 4, 1, (uint)exif));
        ifd0Entries.Add((0x8825, 4, 1, (uint)gps));
        WriteIfd(buffer, ifd0, ifd0Entries);
        WriteIfd(buffer, exif, [(0x9003, 2, 20, (uint)dateAt)]);
        Encoding.ASCII.GetBytes((takenAt ?? "2026:11:23 08:30:00").PadRight(19)[..19] + "\0").CopyTo(buffer, dateAt);
        WriteIfd(buffer, gps,
        [
            (0x0001, 2, 2, latitude < 0 ? 'S' : (uint)'N'),
            (0x0002, 5, 3, (uint)latAt),
            (0x0003, 2, 2, longitude < 0 ? 'W' : (uint)'E'),
            (0x0004, 5, 3, (uint)lonAt),
        ]);
        WriteDegrees(buffer, latAt, Math.Abs(latitude ?? 0));
        WriteDegrees(buffer, lonAt, Math.Abs(longitude ?? 0));
        return buffer;
    }

    private static void WriteIfd(byte[] buffer, int at, List<(ushort Tag, ushort Type, uint Count, uint Value)> entries)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(at), (ushort)entries.Count);
        var position = at + 2;
        foreach (var (tag, type, count, value) in entries)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(position), tag);
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(position + 2), type);
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(position + 4), count);
            if (type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(position + 8), (ushort)value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(position + 8), value);
            }
            position += 12;
        }
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(position), 0);
    }

    /// <summary>Degrees, minutes, seconds as three rationals (seconds to 1/10000).</summary>
    private static void WriteDegrees(byte[] buffer, int at, double value)
    {
        var degrees = Math.Floor(value);
        var minutes = Math.Floor((value - degrees) * 60);
        var seconds = Math.Round((((value - degrees) * 60) - minutes) * 60 * 10000);
        uint[] parts = [(uint)degrees, 1, (uint)minutes, 1, (uint)seconds, 10000];
        for (var i = 0; i < parts.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(at + (4 * i)), parts[i]);
        }
    }

    public static bool Contains(byte[] haystack, string marker) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)) >= 0;
}
