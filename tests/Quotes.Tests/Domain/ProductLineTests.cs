using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class ProductLineTests
{
    [Theory]
    [InlineData("MD-MON-200", "MD")]
    [InlineData(" sw-lic-his ", "SW")]
    [InlineData("PLC-S7-1200", "PLC")]
    [InlineData("SERVICE", "SERVICE")]
    [InlineData("-ODD", "-ODD")]
    public void Given_a_product_code_Then_its_line_is_the_family_before_the_first_dash(string code, string line) =>
        Assert.Equal(line, ProductLine.Of(code));
}
