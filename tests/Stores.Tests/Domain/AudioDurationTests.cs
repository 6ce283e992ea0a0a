using SalesSuite.SharedKernel.Media;
using SalesSuite.Stores.Tests.Media;

namespace SalesSuite.Stores.Tests.Domain;

/// <summary>The server measures a recording's length from its container, whatever the browser says.</summary>
public sealed class AudioDurationTests
{
    private static double? Measure(byte[] bytes) => AudioDuration.Seconds(AudioFormat.Sniff(bytes)!, bytes);

    [Fact]
    public void Given_a_wav_of_10_s_Then_10_s_is_read_from_the_header() =>
        Assert.Equal(10, Measure(TestAudio.Wav(10)));

    [Fact]
    public void Given_a_chrome_webm_without_duration_Then_the_last_block_time_is_used() =>
        Assert.Equal(12.9, Measure(TestAudio.Webm(12.95))!.Value, precision: 2);

    [Fact]
    public void Given_a_webm_with_a_declared_duration_Then_that_duration_is_used() =>
        Assert.Equal(25.5, Measure(TestAudio.Webm(3, declaredDuration: 25_500))!.Value, precision: 3);

    [Fact]
    public void Given_an_ogg_opus_Then_the_last_granule_less_the_pre_skip_over_48_kHz_is_used() =>
        Assert.Equal(17.5, Measure(TestAudio.OggOpus(17.5))!.Value, precision: 3);

    [Fact]
    public void Given_an_mp4_Then_the_mvhd_duration_is_used() =>
        Assert.Equal(8.25, Measure(TestAudio.Mp4(8.25))!.Value, precision: 3);

    [Fact]
    public void Given_an_mp3_Then_the_frames_are_added_up() =>
        Assert.Equal(20, Measure(TestAudio.Mp3(20))!.Value, precision: 1);

    [Fact]
    public void Given_a_webm_cut_off_before_any_block_Then_the_duration_is_unreadable()
    {
        var bytes = TestAudio.Webm(5)[..60];

        Assert.Equal(AudioFormat.WebM, AudioFormat.Sniff(bytes));
        Assert.Null(Measure(bytes));
    }

    [Fact]
    public void Given_a_truncated_wav_header_Then_unreadable_not_an_error() =>
        Assert.Null(Measure(TestAudio.Wav(1)[..30]));

    [Theory]
    [InlineData("audio/webm;codecs=opus", "webm")]
    [InlineData("audio/ogg; codecs=opus", "ogg")]
    [InlineData("AUDIO/MP4", "m4a")]
    [InlineData("audio/mpeg", "mp3")]
    [InlineData("audio/wav", "wav")]
    public void Given_a_browser_content_type_Then_its_parameters_are_ignored(string contentType, string extension) =>
        Assert.Equal(extension, AudioFormat.FromContentType(contentType)!.Extension);

    [Theory]
    [InlineData("video/mp4")]
    [InlineData("application/pdf")]
    [InlineData("")]
    public void Given_another_content_type_Then_it_is_no_recording(string contentType) =>
        Assert.Null(AudioFormat.FromContentType(contentType));

    [Fact]
    public void Given_bytes_of_each_container_Then_the_magic_names_it()
    {
        Assert.Equal(AudioFormat.Wav, AudioFormat.Sniff(TestAudio.Wav(1)));
        Assert.Equal(AudioFormat.WebM, AudioFormat.Sniff(TestAudio.Webm(1)));
        Assert.Equal(AudioFormat.Ogg, AudioFormat.Sniff(TestAudio.OggOpus(1)));
        Assert.Equal(AudioFormat.Mp4, AudioFormat.Sniff(TestAudio.Mp4(1)));
        Assert.Equal(AudioFormat.Mpeg, AudioFormat.Sniff(TestAudio.Mp3(1)));
        Assert.Null(AudioFormat.Sniff(TestAudio.Pdf()));
    }
}
