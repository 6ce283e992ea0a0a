using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Tests.Domain;

public sealed class FoundationTests
{
    [Theory]
    [InlineData("2026-Q4", 0, 2026, 10, 1)]
    [InlineData("2026-12", 1, 2026, 12, 1)]
    [InlineData("2026-W48", 2, 2026, 11, 23)]
    public void Given_a_period_key_When_parsed_Then_it_round_trips(string key, int kind, int y, int m, int d)
    {
        var period = GoalPeriod.Parse(key);

        Assert.Equal(new GoalPeriod((PeriodKind)kind, new LocalDate(y, m, d)), period);
        Assert.Equal(key, period!.Value.Key);
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("1900-01")]
    [InlineData("abc")]
    public void Given_a_bad_period_key_When_parsed_Then_null(string key) => Assert.Null(GoalPeriod.Parse(key));

    [Fact]
    public void Given_a_quarter_When_asked_Then_it_ends_on_its_last_day() =>
        Assert.Equal(new LocalDate(2026, 12, 31), GoalPeriod.Of(PeriodKind.Quarter, new LocalDate(2026, 11, 23)).End);

    [Fact]
    public void Given_money_split_three_ways_When_split_Then_parts_add_up_to_the_fen()
    {
        var parts = TargetMath.Split(1_000_000m, [1m, 1m, 1m], 0.01m);

        Assert.Equal(1_000_000m, parts.Sum());
        Assert.Equal([333_333.34m, 333_333.33m, 333_333.33m], parts);
    }

    [Fact]
    public void Given_parts_that_do_not_add_up_When_checked_Then_refused()
    {
        var ex = Assert.Throws<DomainException>(() => TargetMath.CheckSplit(100m, [30m, 60m]));
        Assert.Equal("Target_Error_SplitSum", ex.Key);
    }

    [Fact]
    public void Given_a_rule_naming_an_unknown_event_When_validated_Then_refused()
    {
        var ex = Assert.Throws<DomainException>(() => new EvidenceRule("InvoicePrinted").Validated());
        Assert.Equal("Evidence_Error_UnknownEvent", ex.Key);
    }

    [Fact]
    public void Given_a_coaching_rule_When_the_owner_moves_their_own_deal_Then_it_does_not_count()
    {
        var rule = new EvidenceRule(EvidenceCatalog.DealStageChanged, CreditTo: CreditTo.Actor, ActorNotOwner: true).Validated();
        var owner = Guid.NewGuid();
        var manager = Guid.NewGuid();
        EvidenceFact Fact(Guid actor) => new(Guid.NewGuid(), EvidenceCatalog.DealStageChanged, Instant.FromUtc(2026, 11, 23, 1, 0),
            new LocalDate(2026, 11, 23), owner, actor);

        Assert.Null(rule.Match(Fact(owner), _ => false));
        Assert.Equal(manager, rule.Match(Fact(manager), _ => false));
    }
}
