using System.Buffers.Binary;

namespace SalesSuite.SharedKernel.Media;

/// <summary>
/// Ogg: the granule position of the last page that has one, in samples: 48 kHz less the pre-skip for Opus, the
/// identification header's rate for Vorbis.
/// </summary>
internal static class OggDuration
{
    private const int HeaderLength = 27;

    public static double? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderLength || bytes[4] != 0)
        {
            return null;
        }
        var payload = HeaderLength + bytes[26];
        if (payload >= bytes.Length)
        {
            return null;
        }
        var first = bytes[payload..];
        double rate;
        long preSkip = 0;
        if (first.StartsWith("OpusHead"u8) && first.Length >= 12)
        {
            rate = 48000;
            preSkip = BinaryPrimitives.ReadUInt16LittleEndian(first.Slice(10, 2));
        }
        else if (first.Length >= 16 && first[0] == 1 && first[1..7].SequenceEqual("vorbis"u8))
        {
            rate = BinaryPrimitives.ReadUInt32LittleEndian(first.Slice(12, 4));
        }
        else
        {
            return null;
        }
        var granule = LastGranule(bytes);
        return granule is { } g && rate > 0 ? Math.Max(0, g - preSkip) / rate : null;
    }

    private static long? LastGranule(ReadOnlySpan<byte> bytes)
    {
        for (var at = bytes.LastIndexOf("OggS"u8); at >= 0; at = bytes[..at].LastIndexOf("OggS"u8))
        {
            if (at + HeaderLength <= bytes.Length && bytes[at + 4] == 0)
            {
                var granule = BinaryPrimitives.ReadInt64LittleEndian(bytes.Slice(at + 6, 8));
                if (granule >= 0)
                {
                    return granule;
                }
            }
        }
        return null;
    }
}
