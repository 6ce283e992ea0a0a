namespace SalesSuite.SharedKernel.Media;

/// <summary>A recording container the server accepts: its content type as stored and served, and the file extension.</summary>
public sealed record AudioFormat(string ContentType, string Extension)
{
    public static readonly AudioFormat WebM = new("audio/webm", "webm");
    public static readonly AudioFormat Ogg = new("audio/ogg", "ogg");
    public static readonly AudioFormat Mp4 = new("audio/mp4", "m4a");
    public static readonly AudioFormat Mpeg = new("audio/mpeg", "mp3");
    public static readonly AudioFormat Wav = new("audio/wav", "wav");

    /// <summary>The format a browser's content type names ("audio/webm;codecs=opus" → WebM), or null.</summary>
    public static AudioFormat? FromContentType(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "audio/webm" => WebM,
            "audio/ogg" => Ogg,
            "audio/mp4" => Mp4,
            "audio/mpeg" => Mpeg,
            "audio/wav" or "audio/x-wav" or "audio/wave" => Wav,
            _ => null,
        };

    /// <summary>The format the first bytes show (magic numbers), or null.</summary>
    public static AudioFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[..4].SequenceEqual<byte>([0x1A, 0x45, 0xDF, 0xA3]))
        {
            return WebM;
        }
        if (head.StartsWith("OggS"u8))
        {
            return Ogg;
        }
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WAVE"u8))
        {
            return Wav;
        }
        if (head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return Mp4;
        }
        return head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0) ? Mpeg : null;
    }
}
