using SalesSuite.Collections.Domain;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;
using static SalesSuite.Collections.Tests.Domain.CommissionBuild;

namespace SalesSuite.Collections.Tests.Domain;

public sealed class CommissionTests
{
    private static readonly Guid Salesperson = Guid.NewGuid();
    private static readonly Guid Manager = Guid.NewGuid();

    [Fact]
    public void Given_marginal_tiers_When_one_amount_crosses_two_boundaries_Then_each_band_has_its_rate_and_the_total_is_exact_to_the_fen()
    {
        var line = Assert.Single(CommissionCalculator.Earn([Cash(350_000.55m)], [Tiered()]));

        // 100,000 × 2% + 200,000 × 3% + 50,000.55 × 4% = 2,000 + 6,000 + 2,000.022
        Assert.Equal(
            [new CommissionBand(0m, 100_000m, 2m, 100_000m), new CommissionBand(100_000m, 300_000m, 3m, 200_000m),
                new CommissionBand(300_000m, null, 4m, 50_000.55m)],
            line.Bands);
        Assert.Equal(10_000.02m, line.Commission);
    }

    [Fact]
    public void Given_marginal_tiers_When_several_payments_cross_them_Then_lines_follow_the_running_volume_and_sum_to_the_rounded_total()
    {
        var lines = CommissionCalculator.Earn([Cash(60_000m), Cash(80_000m), Cash(200_000.33m)], [Tiered()]);

        // 60,000 × 2%; 40,000 × 2% + 40,000 × 3%; 160,000 × 3% + 40,000.33 × 4% (1,600.0132): the total 9,600.0132 → 9,600.01.
        Assert.Equal([1_200m, 2_000m, 6_400.01m], lines.Select(l => l.Commission));
        Assert.Equal(9_600.01m, lines.Sum(l => l.Commission));
        Assert.Equal([40_000m, 40_000m], lines[1].Bands.Select(b => b.Amount));
    }

    [Fact]
    public void Given_many_small_amounts_When_each_rounds_down_Then_the_total_is_still_the_exact_commission_rounded_once()
    {
        var lines = CommissionCalculator.Earn(Enumerable.Range(0, 3).Select(_ => Cash(0.33m)).ToList(), [Flat(5m)]);

        // 0.99 × 5% = 0.0495 → 0.05; per line 0.0165 would round to 0.02 each (0.06).
        Assert.Equal(0.05m, lines.Sum(l => l.Commission));
    }

    [Fact]
    public void Given_rules_of_every_scope_Then_the_most_specific_match_wins()
    {
        var byDefault = Flat(1m);
        var byLine = Flat(3m, productLine: "SW");
        var byType = Flat(2m, customerType: "经销商");
        var byBoth = Flat(5m, productLine: "SW", customerType: "经销商");
        CommissionRule[] rules = [byDefault, byType, byBoth, byLine];

        Assert.Same(byBoth, CommissionRule.Match(rules, "sw", "经销商"));
        Assert.Same(byLine, CommissionRule.Match(rules, "SW", "医院"));
        Assert.Same(byType, CommissionRule.Match(rules, "MD", "经销商"));
        Assert.Same(byDefault, CommissionRule.Match(rules, "MD", null));
        Assert.Same(byDefault, CommissionRule.Match(rules, null, null));
        Assert.Null(CommissionRule.Match([byLine, byType], "MD", "医院"));
    }

    [Fact]
    public void Given_no_matching_rule_Then_the_line_earns_nothing_and_still_counts_for_the_tiers()
    {
        var lines = CommissionCalculator.Earn([Cash(100_000m, productLine: "MD"), Cash(10_000m, productLine: "SW")],
            [Tiered(productLine: "SW")]);

        Assert.Equal([0m, 300m], lines.Select(l => l.Commission));
        Assert.Null(lines[0].RuleLabel);
        Assert.Equal("SW / *", lines[1].RuleLabel);
    }

    [Fact]
    public void Given_tiers_starting_twice_at_the_same_amount_Then_the_rule_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            new CommissionRule(Guid.NewGuid(), null, null, 2m, [new CommissionTier(100m, 3m), new CommissionTier(100m, 4m)]));

        Assert.Equal("CommissionRule_Error_TierTwice", refusal.Key);
        Assert.Equal("CommissionRule_Error_Rate",
            Assert.Throws<DomainException>(() => new CommissionRule(Guid.NewGuid(), null, null, 100.5m, [])).Key);
    }

    [Theory]
    [InlineData(10_000.01)]
    [InlineData(0.01)]
    [InlineData(177_000)]
    [InlineData(99_999.99)]
    public void Given_a_contract_with_product_lines_When_an_allocation_is_split_Then_the_parts_are_pro_rata_to_the_fen_and_sum_to_it(
        double allocation)
    {
        var amount = (decimal)allocation;
        var contract = Guid.NewGuid();
        var lines = ContractLine.For(contract, [("MD", 33_900m), ("SW", 127_200m), ("sv ", 15_900m), ("sw", 0m), (" ", 10m)]);

        var parts = ProductLineSplit.Of(amount, lines);

        Assert.Equal(amount, parts.Sum(p => p.Amount));
        Assert.All(parts, p => Assert.Equal(decimal.Round(p.Amount, 2), p.Amount));
        Assert.Equal(["MD", "SW", "sv"], lines.Select(l => l.ProductLine));
        if (amount >= 1m)
        {
            Assert.Equal(3, parts.Count);
            // SW carries 127,200 / 177,000 of the contract: within a fen of that share.
            Assert.True(Math.Abs(parts.Single(p => p.ProductLine == "SW").Amount - amount * 127_200m / 177_000m) < 0.01m);
        }
    }

    [Fact]
    public void Given_a_contract_without_product_lines_Then_the_whole_allocation_is_on_no_product_line()
    {
        Assert.Equal([(null, 123.45m)], ProductLineSplit.Of(123.45m, []));
    }

    [Fact]
    public void Given_an_approved_line_reversed_next_month_When_that_month_is_built_Then_it_has_a_negative_line_and_the_approved_one_is_unchanged()
    {
        var october = new CommissionStatement(Guid.NewGuid(), Salesperson, October, "CNY");
        october.Rebuild(CommissionCalculator.Earn([Cash(150_000m), Cash(20_000m)], [Tiered()]), Manager, AppFactory.DefaultNow);
        october.Approve(Manager, october.PeriodEnd.PlusDays(1), AppFactory.DefaultNow);
        var reversed = october.Lines[1];

        var november = new CommissionStatement(Guid.NewGuid(), Salesperson, October.PlusMonths(1).PlusDays(9), "CNY");
        november.Rebuild(
            CommissionCalculator.Earn([Cash(10_000m)], [Tiered()]).Append(reversed.Clawback(november.PeriodStart.PlusDays(3))),
            Manager, AppFactory.DefaultNow);

        var clawback = november.Lines.Single(l => l.Kind == CommissionLineKind.Clawback);
        Assert.Equal((-20_000m, -600m, reversed.Id, reversed.AllocationId),
            (clawback.Amount, clawback.Commission, clawback.ClawbackOfLineId!.Value, clawback.AllocationId));
        // November's own cash starts its tiers from 0: 10,000 × 2% = 200, minus the 600 taken back.
        Assert.Equal((10_000m, -400m), (november.Collected, november.Total));
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 1), november.PeriodStart);
        // October: 100,000 × 2% + 50,000 × 3% = 3,500, then 20,000 × 3% = 600.
        Assert.Equal(4_100m, october.Total);
        Assert.Equal("Commission_Error_Approved",
            Assert.Throws<DomainException>(() => october.Rebuild([], Manager, AppFactory.DefaultNow)).Key);
    }

    [Fact]
    public void Given_a_draft_Then_it_is_approved_only_after_its_month_and_never_by_the_salesperson()
    {
        var statement = new CommissionStatement(Guid.NewGuid(), Salesperson, October, "CNY");
        statement.Rebuild(CommissionCalculator.Earn([Cash(1_000m)], [Tiered()]), Manager, AppFactory.DefaultNow);

        Assert.Equal("Commission_Error_MonthNotOver",
            Assert.Throws<DomainException>(() => statement.Approve(Manager, statement.PeriodEnd, AppFactory.DefaultNow)).Key);
        Assert.Equal("Commission_Error_OwnStatement",
            Assert.Throws<DomainException>(() => statement.Approve(Salesperson, statement.PeriodEnd.PlusDays(1), AppFactory.DefaultNow)).Key);
        statement.Approve(Manager, statement.PeriodEnd.PlusDays(1), AppFactory.DefaultNow);
        Assert.True(statement.IsApproved);
    }
}
