namespace SalesSuite.SharedKernel.Media;

/// <summary>
/// Measures a recording's length from its container, on the server (the browser's word is not taken): WAV from the
/// header, Ogg from the last page's granule position, WebM from Segment Info Duration or else the last block's time
/// (Chrome's MediaRecorder writes no Duration), MP4 from mvhd (or the fragments), MP3 by walking the frames.
/// Null when it cannot be read.
/// </summary>
public static class AudioDuration
{
    public static double? Seconds(AudioFormat format, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Measure(format, bytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A header pointing past the end of a damaged file: the length is unreadable, not a server error.
            return null;
        }
    }

    private static double? Measure(AudioFormat format, ReadOnlySpan<byte> bytes)
    {
        var seconds = format.Extension switch
        {
            "wav" => WavDuration.Read(bytes),
            "ogg" => OggDuration.Read(bytes),
            "webm" => WebmDuration.Read(bytes),
            "m4a" => Mp4Duration.Read(bytes),
            "mp3" => MpegDuration.Read(bytes),
            _ => null,
        };
        return seconds is { } s && double.IsFinite(s) && s >= 0 ? Math.Round(s, 3) : null;
    }
}
