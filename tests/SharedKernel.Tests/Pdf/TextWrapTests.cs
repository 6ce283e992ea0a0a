using SalesSuite.SharedKernel.Pdf;

namespace SalesSuite.SharedKernel.Tests.Pdf;

public sealed class TextWrapTests
{
    // Every character is 1 unit wide.
    private static List<string> Wrap(string text, double width) => TextWrap.Lines(text, width, s => s.Length);

    [Fact]
    public void Given_latin_words_When_wrapped_Then_lines_break_at_spaces()
    {
        Assert.Equal(["alpha beta", "gamma"], Wrap("alpha beta gamma", 10));
    }

    [Fact]
    public void Given_chinese_without_spaces_When_wrapped_Then_lines_break_between_characters()
    {
        Assert.Equal(["宁波恒达", "医疗器械", "公司"], Wrap("宁波恒达医疗器械公司", 4));
    }

    [Fact]
    public void Given_line_breaks_When_wrapped_Then_they_are_kept()
    {
        Assert.Equal(["a", "b"], Wrap("a\r\nb", 10));
    }

    [Fact]
    public void Given_a_word_longer_than_the_width_When_wrapped_Then_it_is_cut()
    {
        Assert.Equal(["abcd", "ef"], Wrap("abcdef", 4));
    }
}
