using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class CustomerCodesTests
{
    [Theory]
    [InlineData("138-0013-8000", "官网表单", "C8000WEB")]
    [InlineData("13900001234", "展会扫码", "C1234EXP")]
    [InlineData("13900001234", "转介绍", "C1234REF")]
    [InlineData("12", "其他", "C0012OTH")]
    public void Given_phone_and_source_When_coding_Then_letter_last4_and_channel(string phone, string source, string expected) =>
        Assert.Equal(expected, CustomerCodes.Base(phone, source));

    [Fact]
    public void Given_the_code_is_taken_When_making_unique_Then_a_suffix_is_added() =>
        Assert.Equal("C8000WEB-3", CustomerCodes.MakeUnique("C8000WEB", ["C8000WEB", "C8000WEB-2"]));

    [Fact]
    public void Given_a_free_code_When_making_unique_Then_it_is_kept() =>
        Assert.Equal("C8000WEB", CustomerCodes.MakeUnique("C8000WEB", ["C8000EXP"]));
}
