using System.Buffers.Binary;

namespace SalesSuite.SharedKernel.Media;

/// <summary>
/// WebM (EBML): Segment › Info › Duration (in TimecodeScale units) when present; otherwise the latest block time,
/// Cluster › Timecode plus the SimpleBlock's (or Block's) relative timecode, which is what Chrome's MediaRecorder leaves
/// (no Duration, Segment and Clusters of unknown size). A flat walk: the few master elements we read are entered,
/// every other element is skipped by its size.
/// </summary>
internal static class WebmDuration
{
    private const uint Segment = 0x18538067;
    private const uint Info = 0x1549A966;
    private const uint Cluster = 0x1F43B675;
    private const uint BlockGroup = 0xA0;
    private const uint TimecodeScale = 0x2AD7B1;
    private const uint DurationId = 0x4489;
    private const uint Timecode = 0xE7;
    private const uint SimpleBlock = 0xA3;
    private const uint Block = 0xA1;

    public static double? Read(ReadOnlySpan<byte> bytes)
    {
        double scale = 1_000_000;
        double? duration = null;
        long clusterTime = 0;
        long? lastBlock = null;
        var position = 0;
        while (position < bytes.Length)
        {
            if (!TryReadId(bytes, position, out var id, out var idLength)
                || !TryReadSize(bytes, position + idLength, out var size, out var sizeLength))
            {
                break;
            }
            var body = position + idLength + sizeLength;
            var end = size is { } known ? (int)Math.Min(bytes.Length, body + known) : bytes.Length;
            var data = bytes[body..end];
            switch (id)
            {
                case Segment or Info or Cluster or BlockGroup:
                    position = body;
                    continue;
                case TimecodeScale:
                    scale = UnsignedOf(data);
                    break;
                case DurationId:
                    duration = FloatOf(data);
                    break;
                case Timecode:
                    clusterTime = (long)UnsignedOf(data);
                    break;
                case SimpleBlock or Block:
                    if (BlockTime(data) is { } relative)
                    {
                        var time = clusterTime + relative;
                        lastBlock = lastBlock is { } previous ? Math.Max(previous, time) : time;
                    }
                    break;
                default:
                    if (size is null)
                    {
                        position = bytes.Length;
                        continue;
                    }
                    break;
            }
            position = end;
        }
        var units = duration ?? lastBlock;
        return units is { } u && scale > 0 ? u * scale / 1e9 : null;
    }

    /// <summary>A block starts with the track number (a VINT) and a signed 16-bit timecode relative to its cluster.</summary>
    private static short? BlockTime(ReadOnlySpan<byte> data) =>
        TryReadSize(data, 0, out _, out var trackLength) && data.Length >= trackLength + 2
            ? BinaryPrimitives.ReadInt16BigEndian(data.Slice(trackLength, 2))
            : null;

    private static ulong UnsignedOf(ReadOnlySpan<byte> data)
    {
        ulong value = 0;
        foreach (var b in data[..Math.Min(8, data.Length)])
        {
            value = (value << 8) | b;
        }
        return value;
    }

    private static double? FloatOf(ReadOnlySpan<byte> data) => data.Length switch
    {
        4 => BinaryPrimitives.ReadSingleBigEndian(data),
        8 => BinaryPrimitives.ReadDoubleBigEndian(data),
        _ => null,
    };

    /// <summary>An element id keeps its length marker bits (1 to 4 bytes).</summary>
    private static bool TryReadId(ReadOnlySpan<byte> bytes, int at, out uint id, out int length)
    {
        id = 0;
        length = at < bytes.Length ? LengthOf(bytes[at]) : 0;
        if (length is 0 or > 4 || at + length > bytes.Length)
        {
            return false;
        }
        foreach (var b in bytes.Slice(at, length))
        {
            id = (id << 8) | b;
        }
        return true;
    }

    /// <summary>A size drops its marker bit; all ones means "unknown" (null), as MediaRecorder writes for live streams.</summary>
    private static bool TryReadSize(ReadOnlySpan<byte> bytes, int at, out long? size, out int length)
    {
        size = null;
        length = at < bytes.Length ? LengthOf(bytes[at]) : 0;
        if (length == 0 || at + length > bytes.Length)
        {
            return false;
        }
        ulong value = (ulong)(bytes[at] & (0xFF >> length));
        var allOnes = value == (ulong)(0xFF >> length);
        foreach (var b in bytes.Slice(at + 1, length - 1))
        {
            value = (value << 8) | b;
            allOnes &= b == 0xFF;
        }
        size = allOnes ? null : (long)Math.Min(value, long.MaxValue);
        return true;
    }

    private static int LengthOf(byte first) => first == 0 ? 0 : System.Numerics.BitOperations.LeadingZeroCount((uint)first) - 23;
}
