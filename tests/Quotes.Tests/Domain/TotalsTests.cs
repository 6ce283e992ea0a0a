using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class TotalsTests
{
    [Fact]
    public void Given_lines_with_discount_and_tax_Then_totals_and_margin_are_exact_decimals()
    {
        var lines = new[]
        {
            TestQuotes.Line(qty: 3, price: 1_000m, discount: 10m, cost: 500m),   // net 2700, cost 1500, tax 351
            TestQuotes.Line(qty: 1, price: 333.33m, discount: 0m, cost: 100m),  // net 333.33, cost 100, tax 43.33
        };
        var totals = QuoteTotals.Of(lines);
        Assert.Equal(3_033.33m, totals.Net);
        Assert.Equal(394.33m, totals.Tax);
        Assert.Equal(3_427.66m, totals.Gross);
        Assert.Equal(1_600m, totals.Cost);
        Assert.Equal(47.25m, totals.MarginPercent);
        Assert.Equal(10m, totals.MaxDiscountPercent);
    }

    [Fact]
    public void Given_no_lines_Then_totals_are_zero_without_dividing_by_zero()
    {
        var totals = QuoteTotals.Of([]);
        Assert.Equal(0m, totals.Net);
        Assert.Equal(0m, totals.MarginPercent);
    }

    [Theory]
    [InlineData(81.5, false)]   // margin 18.5% exactly: allowed
    [InlineData(81.6, true)]    // margin 18.4%: flagged
    public void Given_the_default_minimum_margin_Then_only_lines_below_18_5_percent_are_flagged(decimal unitCost, bool flagged)
    {
        var line = TestQuotes.Line(qty: 1, price: 100m, cost: unitCost);
        Assert.Equal(flagged, MarginPolicy.Default.IsBelow(line));
    }
}
