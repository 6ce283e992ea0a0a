using System.Globalization;
using SalesSuite.SharedKernel.Localization;

namespace SalesSuite.SharedKernel.Tests;

public sealed class LocalizerTests
{
    private static readonly JsonStringLocalizer L = new JsonStringLocalizerFactory().For(typeof(LocalizerTests).Assembly);

    private static T InCulture<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("zh-CN", "你好 王芳")]
    [InlineData("zh-Hans", "你好 王芳")]
    [InlineData("en", "Hello 王芳")]
    [InlineData("en-US", "Hello 王芳")]
    [InlineData("fr", "Hello 王芳")]
    public void Given_a_key_in_the_assembly_When_read_in_a_culture_Then_that_language_is_used(string culture, string expected)
    {
        Assert.Equal(expected, InCulture(culture, () => L["Test_Greeting", "王芳"].Value));
    }

    [Fact]
    public void Given_a_common_key_missing_in_the_assembly_When_read_Then_the_kernel_text_is_used()
    {
        Assert.Equal("Save", InCulture("en", () => L["Common_Save"].Value));
        var zh = InCulture("zh-CN", () => L["Common_Save"]);
        Assert.False(zh.ResourceNotFound);
        Assert.NotEqual("Save", zh.Value);
    }

    [Fact]
    public void Given_a_key_only_in_English_When_read_in_Chinese_Then_English_is_the_fallback()
    {
        Assert.Equal("Only in English", InCulture("zh-CN", () => L["Test_OnlyEnglish"].Value));
    }

    [Fact]
    public void Given_a_missing_key_When_read_Then_the_key_is_shown_and_ResourceNotFound()
    {
        var missing = InCulture("zh-CN", () => L["Test_Nope"]);

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("Test_Nope", missing.Value);
    }
}
