using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class DuplicateKeysTests
{
    [Theory]
    [InlineData("+86 138-0013-8000", "13800138000")]
    [InlineData("0086 13800138000", "13800138000")]
    [InlineData("8613800138000", "13800138000")]
    [InlineData("0574-8765 4321", "057487654321")]
    public void Given_phone_spellings_When_normalising_Then_same_digits(string input, string expected) =>
        Assert.Equal(expected, DuplicateKeys.Phone(input));

    [Theory]
    [InlineData("宁波恒达自动化有限公司", "宁波恒达自动化")]
    [InlineData(" 宁波 恒达自动化（有限公司）", "宁波恒达自动化")]
    [InlineData("宁波恒达自动化股份有限公司", "宁波恒达自动化")]
    [InlineData("Hengda Automation Co., Ltd.", "hengdaautomation")]
    public void Given_company_spellings_When_normalising_Then_legal_form_and_punctuation_are_ignored(string input, string expected) =>
        Assert.Equal(expected, DuplicateKeys.CompanyName(input));

    [Fact]
    public void Given_a_credit_code_with_spaces_When_normalising_Then_upper_case_without_separators() =>
        Assert.Equal("91330200MA2AB3CD4E", DuplicateKeys.CreditCode("91330200 ma2a-b3cd4e"));

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("12ab", false)]
    [InlineData("1380013800012345", false)]
    public void Given_a_phone_When_validating_Then_length_of_digits_decides(string phone, bool valid) =>
        Assert.Equal(valid, DuplicateKeys.IsValidPhone(phone));
}
