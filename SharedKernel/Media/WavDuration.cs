using System.Buffers.Binary;

namespace SalesSuite.SharedKernel.Media;

/// <summary>WAV: data bytes / byte rate (from the fmt chunk); a streaming header's oversized data length is cut to what arrived.</summary>
internal static class WavDuration
{
    public static double? Read(ReadOnlySpan<byte> bytes)
    {
        uint byteRate = 0;
        var position = 12;
        while (position + 8 <= bytes.Length)
        {
            var id = bytes.Slice(position, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(position + 4, 4));
            var body = position + 8;
            if (id.SequenceEqual("fmt "u8) && body + 12 <= bytes.Length)
            {
                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(body + 8, 4));
            }
            else if (id.SequenceEqual("data"u8))
            {
                var available = Math.Min(size, (uint)(bytes.Length - body));
                return byteRate > 0 ? available / (double)byteRate : null;
            }
            position = (int)Math.Min(bytes.Length, body + (long)size + (size & 1));
        }
        return null;
    }
}
