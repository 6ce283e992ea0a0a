namespace SalesSuite.SharedKernel.Media;

/// <summary>MP3 (MPEG audio): skips an ID3v2 tag, then walks the frames, adding each frame's samples / sample rate.</summary>
internal static class MpegDuration
{
    private static readonly int[] Mpeg1Layer1 = [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448];
    private static readonly int[] Mpeg1Layer2 = [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384];
    private static readonly int[] Mpeg1Layer3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Layer1 = [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256];
    private static readonly int[] Mpeg2Layer23 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

    public static double? Read(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        if (bytes.Length >= 10 && bytes.StartsWith("ID3"u8))
        {
            var tag = (bytes[6] & 0x7F) << 21 | (bytes[7] & 0x7F) << 14 | (bytes[8] & 0x7F) << 7 | (bytes[9] & 0x7F);
            position = 10 + tag + ((bytes[5] & 0x10) != 0 ? 10 : 0);
        }
        double seconds = 0;
        var frames = 0;
        while (position + 4 <= bytes.Length)
        {
            if (Frame(bytes.Slice(position, 4)) is { Length: > 4 } frame)
            {
                seconds += frame.Seconds;
                frames++;
                position += frame.Length;
            }
            else
            {
                position++;
            }
        }
        return frames > 0 ? seconds : null;
    }

    private static (int Length, double Seconds)? Frame(ReadOnlySpan<byte> h)
    {
        if (h[0] != 0xFF || (h[1] & 0xE0) != 0xE0)
        {
            return null;
        }
        var version = (h[1] >> 3) & 3;
        var layer = (h[1] >> 1) & 3;
        var bitrateIndex = h[2] >> 4;
        var rateIndex = (h[2] >> 2) & 3;
        if (version == 1 || layer == 0 || bitrateIndex is 0 or 15 || rateIndex == 3)
        {
            return null;
        }
        var mpeg1 = version == 3;
        int[] rates = mpeg1 ? [44100, 48000, 32000] : version == 2 ? [22050, 24000, 16000] : [11025, 12000, 8000];
        var sampleRate = rates[rateIndex];
        var table = (mpeg1, layer) switch
        {
            (true, 3) => Mpeg1Layer1,
            (true, 2) => Mpeg1Layer2,
            (true, _) => Mpeg1Layer3,
            (false, 3) => Mpeg2Layer1,
            _ => Mpeg2Layer23,
        };
        var bitrate = table[bitrateIndex] * 1000;
        var padding = (h[2] >> 1) & 1;
        int length, samples;
        if (layer == 3)
        {
            length = ((12 * bitrate / sampleRate) + padding) * 4;
            samples = 384;
        }
        else
        {
            samples = layer == 2 || mpeg1 ? 1152 : 576;
            length = (samples / 8 * bitrate / sampleRate) + padding;
        }
        return (length, samples / (double)sampleRate);
    }
}
