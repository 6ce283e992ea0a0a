using System.Buffers.Binary;
using System.Text;

namespace SalesSuite.Stores.Tests.Media;

/// <summary>Minimal recordings built in code, in the structures the server's duration readers parse.</summary>
internal static class TestAudio
{
    /// <summary>16-bit mono PCM at 8 kHz: 16 000 bytes a second.</summary>
    public static byte[] Wav(double seconds, int sampleRate = 8000)
    {
        var dataBytes = (int)(seconds * sampleRate) * 2;
        var bytes = new byte[44 + dataBytes];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(36 + dataBytes));
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(22), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(28), (uint)(sampleRate * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(32), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(34), 16);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(40), (uint)dataBytes);
        return bytes;
    }

    /// <summary>
    /// WebM as Chrome's MediaRecorder writes it: Segment and Clusters of unknown size, no Duration; one cluster a second,
    /// a SimpleBlock every 100 ms. With <paramref name="declaredDuration"/>, Info carries a Duration (ms) instead.
    /// </summary>
    public static byte[] Webm(double seconds, double? declaredDuration = null)
    {
        var output = new List<byte>();
        output.AddRange(Element([0x1A, 0x45, 0xDF, 0xA3], [.. Element([0x42, 0x82], "webm"u8.ToArray())]));
        output.AddRange([0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
        var info = new List<byte>(Element([0x2A, 0xD7, 0xB1], [0x0F, 0x42, 0x40]));
        if (declaredDuration is { } d)
        {
            var value = new byte[8];
            BinaryPrimitives.WriteDoubleBigEndian(value, d);
            info.AddRange(Element([0x44, 0x89], value));
        }
        output.AddRange(Element([0x15, 0x49, 0xA9, 0x66], [.. info]));
        output.AddRange(Element([0x16, 0x54, 0xAE, 0x6B], [0xAE, 0x80]));
        var totalMs = (int)(seconds * 1000);
        for (var cluster = 0; cluster * 1000 < totalMs; cluster++)
        {
            output.AddRange([0x1F, 0x43, 0xB6, 0x75, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
            var start = cluster * 1000;
            output.AddRange(Element([0xE7], [(byte)(start >> 16), (byte)(start >> 8), (byte)start]));
            for (var offset = 0; offset < 1000 && start + offset <= totalMs; offset += 100)
            {
                output.AddRange(Element([0xA3], [0x81, (byte)(offset >> 8), (byte)offset, 0x80, 0xFC, 0xFF, 0xFE]));
            }
        }
        return [.. output];
    }

    /// <summary>Ogg Opus: an OpusHead page (pre-skip 312), a tags page, an audio page whose granule is the end.</summary>
    public static byte[] OggOpus(double seconds)
    {
        var head = new byte[19];
        "OpusHead"u8.CopyTo(head);
        head[8] = 1;
        head[9] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10), 312);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12), 48000);
        return [.. Page(0, 2, head), .. Page(0, 0, "OpusTags\0\0\0\0\0\0\0\0"u8.ToArray()),
            .. Page((long)(seconds * 48000) + 312, 4, new byte[50])];
    }

    /// <summary>MP4 with moov › mvhd (version 0): timescale 1000.</summary>
    public static byte[] Mp4(double seconds)
    {
        var mvhd = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(12), 1000);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(16), (uint)(seconds * 1000));
        return [.. Box("ftyp", [.. "M4A "u8.ToArray(), 0, 0, 0, 0]), .. Box("moov", Box("mvhd", mvhd)), .. Box("mdat", new byte[64])];
    }

    /// <summary>MPEG-1 Layer III, 128 kbit/s, 44.1 kHz: 417-byte frames of 1152 samples.</summary>
    public static byte[] Mp3(double seconds)
    {
        var frames = (int)Math.Ceiling(seconds * 44100 / 1152);
        var bytes = new byte[frames * 417];
        for (var i = 0; i < frames; i++)
        {
            bytes[i * 417] = 0xFF;
            bytes[(i * 417) + 1] = 0xFB;
            bytes[(i * 417) + 2] = 0x90;
        }
        return bytes;
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

    private static byte[] Element(byte[] id, byte[] payload)
    {
        var size = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(size, (ulong)payload.Length);
        size[0] = 0x01;
        return [.. id, .. size, .. payload];
    }

    private static byte[] Page(long granule, byte type, byte[] payload)
    {
        var header = new byte[27];
        "OggS"u8.CopyTo(header);
        header[5] = type;
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(6), granule);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(14), 0x5EED);
        header[26] = 1;
        return [.. header, (byte)payload.Length, .. payload];
    }

    private static byte[] Box(string type, byte[] body)
    {
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(size, (uint)(body.Length + 8));
        return [.. size, .. Encoding.ASCII.GetBytes(type), .. body];
    }
}
