using System.Globalization;
using Cash = SalesSuite.SharedKernel.Money.Money;

namespace SalesSuite.SharedKernel.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void Given_two_amounts_in_the_same_currency_When_added_subtracted_and_multiplied_Then_decimal_exact()
    {
        var a = Cash.Cny(0.1m);
        var b = Cash.Cny(0.2m);

        Assert.Equal(Cash.Cny(0.3m), a + b);
        Assert.Equal(Cash.Cny(-0.1m), a - b);
        Assert.Equal(Cash.Cny(0.3m), a * 3);
        Assert.Equal("CNY", Cash.Zero().Currency);
    }

    [Fact]
    public void Given_different_currencies_When_combined_Then_it_throws()
    {
        var cny = Cash.Cny(1m);
        var usd = new Cash(1m, "USD");

        Assert.Throws<InvalidOperationException>(() => cny + usd);
        Assert.Throws<InvalidOperationException>(() => cny - usd);
    }

    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("2.344", "2.34")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("0.005", "0.01")]
    public void Given_an_amount_with_more_than_two_places_When_rounded_Then_half_away_from_zero(string amount, string expected)
    {
        var rounded = Cash.Cny(decimal.Parse(amount, CultureInfo.InvariantCulture)).Round();

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), rounded.Amount);
    }

    [Fact]
    public void Given_amounts_When_formatted_Then_yuan_sign_for_CNY_and_code_otherwise()
    {
        Assert.Equal("¥1,234.50", Cash.Cny(1234.5m).Format());
        Assert.Equal("USD 3.00", new Cash(3m, "USD").ToString());
    }
}
