using System.Buffers.Binary;

namespace SalesSuite.SharedKernel.Media;

/// <summary>
/// MP4: moov › mvhd duration / timescale. A fragmented file (Safari's MediaRecorder) may leave it 0: then moov › mvex ›
/// mehd, else the sum of the fragments' sample durations (moof › traf › tfhd / trun) in the track's mdhd timescale.
/// </summary>
internal static class Mp4Duration
{
    public static double? Read(ReadOnlySpan<byte> bytes)
    {
        ulong movieScale = 0, movieDuration = 0, fragmentDuration = 0, trackScale = 0, fragmentTotal = 0;
        foreach (var (type, body) in Boxes(bytes))
        {
            if (type == "moov")
            {
                foreach (var (inner, data) in Boxes(body))
                {
                    if (inner == "mvhd")
                    {
                        (movieScale, movieDuration) = ScaleAndDuration(data);
                    }
                    else if (inner == "mvex" && Find(data, "mehd") is { Length: >= 12 } mehd)
                    {
                        fragmentDuration = mehd[0] == 1
                            ? BinaryPrimitives.ReadUInt64BigEndian(mehd[4..])
                            : BinaryPrimitives.ReadUInt32BigEndian(mehd[4..]);
                    }
                    else if (inner == "trak" && Find(data, "mdia") is { } mdia && Find(mdia, "mdhd") is { } mdhd && trackScale == 0)
                    {
                        trackScale = ScaleAndDuration(mdhd).Scale;
                    }
                }
            }
            else if (type == "moof")
            {
                fragmentTotal += FragmentDuration(body);
            }
        }
        if (movieScale > 0 && (movieDuration > 0 || fragmentDuration > 0))
        {
            return (movieDuration > 0 ? movieDuration : fragmentDuration) / (double)movieScale;
        }
        return trackScale > 0 && fragmentTotal > 0 ? fragmentTotal / (double)trackScale : null;
    }

    private static (ulong Scale, ulong Duration) ScaleAndDuration(ReadOnlySpan<byte> full)
    {
        if (full.Length >= 32 && full[0] == 1)
        {
            return (BinaryPrimitives.ReadUInt32BigEndian(full[20..]), BinaryPrimitives.ReadUInt64BigEndian(full[24..]));
        }
        return full.Length >= 20 ? (BinaryPrimitives.ReadUInt32BigEndian(full[12..]), BinaryPrimitives.ReadUInt32BigEndian(full[16..])) : (0, 0);
    }

    private static ulong FragmentDuration(ReadOnlySpan<byte> moof)
    {
        ulong total = 0;
        foreach (var (type, traf) in Boxes(moof))
        {
            if (type != "traf")
            {
                continue;
            }
            uint defaultDuration = 0;
            foreach (var (inner, data) in Boxes(traf))
            {
                if (inner == "tfhd" && data.Length >= 8)
                {
                    defaultDuration = TfhdDefaultDuration(data);
                }
                else if (inner == "trun" && data.Length >= 8)
                {
                    total += TrunDuration(data, defaultDuration);
                }
            }
        }
        return total;
    }

    private static uint TfhdDefaultDuration(ReadOnlySpan<byte> tfhd)
    {
        var flags = BinaryPrimitives.ReadUInt32BigEndian(tfhd) & 0xFFFFFF;
        var at = 8 + ((flags & 0x1) != 0 ? 8 : 0) + ((flags & 0x2) != 0 ? 4 : 0);
        return (flags & 0x8) != 0 && at + 4 <= tfhd.Length ? BinaryPrimitives.ReadUInt32BigEndian(tfhd[at..]) : 0;
    }

    private static ulong TrunDuration(ReadOnlySpan<byte> trun, uint defaultDuration)
    {
        var flags = BinaryPrimitives.ReadUInt32BigEndian(trun) & 0xFFFFFF;
        var count = BinaryPrimitives.ReadUInt32BigEndian(trun[4..]);
        if ((flags & 0x100) == 0)
        {
            return (ulong)count * defaultDuration;
        }
        var at = 8 + ((flags & 0x1) != 0 ? 4 : 0) + ((flags & 0x4) != 0 ? 4 : 0);
        var stride = 4 + ((flags & 0x200) != 0 ? 4 : 0) + ((flags & 0x400) != 0 ? 4 : 0) + ((flags & 0x800) != 0 ? 4 : 0);
        ulong total = 0;
        for (var i = 0u; i < count && at + 4 <= trun.Length; i++, at += stride)
        {
            total += BinaryPrimitives.ReadUInt32BigEndian(trun[at..]);
        }
        return total;
    }

    private static ReadOnlySpan<byte> Find(ReadOnlySpan<byte> container, string wanted)
    {
        foreach (var (type, body) in Boxes(container))
        {
            if (type == wanted)
            {
                return body;
            }
        }
        return [];
    }

    private static BoxEnumerator Boxes(ReadOnlySpan<byte> bytes) => new(bytes);

    /// <summary>Walks sibling boxes: 32-bit size and type, a 64-bit size when the size is 1, "to the end" when it is 0.</summary>
    private ref struct BoxEnumerator(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _next;

        public Box Current { get; private set; }

        public readonly BoxEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next + 8 > _bytes.Length)
            {
                return false;
            }
            long size = BinaryPrimitives.ReadUInt32BigEndian(_bytes[_next..]);
            var header = 8;
            if (size == 1 && _next + 16 <= _bytes.Length)
            {
                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(_bytes[(_next + 8)..]), long.MaxValue);
                header = 16;
            }
            else if (size == 0)
            {
                size = _bytes.Length - _next;
            }
            if (size < header)
            {
                return false;
            }
            var end = (int)Math.Min(_bytes.Length, _next + size);
            Current = new Box(System.Text.Encoding.ASCII.GetString(_bytes.Slice(_next + 4, 4)), _bytes[(_next + header)..end]);
            _next = end;
            return true;
        }
    }

    private readonly ref struct Box(string type, ReadOnlySpan<byte> body)
    {
        private readonly string _type = type;
        private readonly ReadOnlySpan<byte> _body = body;

        public void Deconstruct(out string type, out ReadOnlySpan<byte> body)
        {
            type = _type;
            body = _body;
        }
    }
}
