using NodaTime;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class CreditCheckTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 23, 1, 0);

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<ChainStepRule> ChainWithoutFinance()
    {
        var chain = DefaultChain.Create();
        chain.Single(r => r.Kind == StepKind.Finance).Configure(24, 4, null, null, false, null, enabled: false);
        return chain;
    }

    private static IReadOnlyList<StepKind> Kinds(IReadOnlyList<ChainStepRule> rules, bool exceeds) =>
        ApprovalChainPlanner.Plan(rules, new QuoteFacts(100_000m, 30m, 0m, [], false, exceeds), MarginPolicy.Default)
            .Select(r => r.Kind).ToList();

    [Fact]
    public void Given_the_finance_step_disabled_When_a_quote_exceeds_the_credit_limit_Then_finance_approves_in_its_place()
    {
        Assert.Equal([StepKind.Tech, StepKind.Finance, StepKind.Legal], Kinds(ChainWithoutFinance(), exceeds: true));
        Assert.Equal([StepKind.Tech, StepKind.Legal], Kinds(ChainWithoutFinance(), exceeds: false));
    }

    [Fact]
    public void Given_a_chain_without_any_finance_rule_When_the_limit_is_exceeded_Then_the_default_finance_step_is_added()
    {
        var chain = DefaultChain.Create().Where(r => r.Kind != StepKind.Finance).ToList();

        Assert.Equal([StepKind.Tech, StepKind.Finance, StepKind.Legal], Kinds(chain, exceeds: true));
    }

    [Fact]
    public void Given_the_finance_step_already_in_the_chain_When_the_limit_is_exceeded_Then_it_is_not_added_twice()
    {
        Assert.Single(Kinds(DefaultChain.Create(), exceeds: true), k => k == StepKind.Finance);
    }

    [Theory]
    [InlineData(null, "80000", "20000", false)] // no limit
    [InlineData("100000", "80000", "20000", false)] // exactly at the limit
    [InlineData("100000", "80000", "20000.01", true)]
    public void Given_exposure_limit_and_amount_Then_exceeded_only_above_the_limit(string? limit, string exposure, string amount, bool exceeded)
    {
        var credit = new CustomerCredit(Guid.NewGuid(), Dec(exposure), limit is null ? null : Dec(limit), "CNY", At);

        var check = CreditCheck.Exceeded(credit, Dec(amount), "CNY");

        Assert.Equal(exceeded, check is not null);
        if (check is not null)
        {
            Assert.Equal(0.01m, check.Over);
        }
    }

    [Fact]
    public void Given_credit_in_another_currency_or_unknown_Then_no_warning()
    {
        Assert.Null(CreditCheck.Exceeded(new CustomerCredit(Guid.NewGuid(), 10m, 1m, "USD", At), 5m, "CNY"));
        Assert.Null(CreditCheck.Exceeded(null, 5m, "CNY"));
    }

    [Fact]
    public void Given_an_older_change_arriving_late_Then_the_newer_exposure_is_kept()
    {
        var credit = new CustomerCredit(Guid.NewGuid(), 100m, 500m, "CNY", At);

        Assert.False(credit.Apply(900m, 500m, "CNY", At - Duration.FromMinutes(1)));
        Assert.True(credit.Apply(50m, 400m, "CNY", At + Duration.FromMinutes(1)));

        Assert.Equal((50m, (decimal?)400m), (credit.Exposure, credit.Limit));
    }
}
