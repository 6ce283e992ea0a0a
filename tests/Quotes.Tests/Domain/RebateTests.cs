using NodaTime;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class RebateTests
{
    private static readonly RebateRule[] Rules =
    [
        new(Guid.NewGuid(), null, null, 0m, null, null, 0m, 1m, "合同", 60),
        new(Guid.NewGuid(), "经销商", null, 100_000m, 1_000_000m, 60, 2m, 5m, "合同,发票,出库单", 90),
    ];

    [Fact]
    public void Given_a_dealer_in_the_band_Then_the_specific_rule_gives_range_documents_and_payout_date()
    {
        var result = RebateCalculator.Calculate(Rules, new RebateRequest("经销商", "SW", 200_000m, 45, new LocalDate(2026, 12, 1)))!;
        Assert.Equal(2m, result.MinPercent);
        Assert.Equal(10_000m, result.MaxAmount);
        Assert.Equal(["合同", "发票", "出库单"], result.Documents);
        Assert.Equal(new LocalDate(2027, 3, 1), result.PayoutDate);
    }

    [Fact]
    public void Given_a_delivery_period_too_long_Then_the_general_rule_applies()
    {
        var result = RebateCalculator.Calculate(Rules, new RebateRequest("经销商", "SW", 200_000m, 90, new LocalDate(2026, 12, 1)))!;
        Assert.Equal(1m, result.MaxPercent);
    }

    [Fact]
    public void Given_no_rule_matches_Then_there_is_no_rebate()
    {
        Assert.Null(RebateCalculator.Calculate(Rules.Skip(1), new RebateRequest("医院", null, 50m, 1, new LocalDate(2026, 12, 1))));
    }
}
