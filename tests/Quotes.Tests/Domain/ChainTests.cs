using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class ChainTests
{
    private static IReadOnlyList<StepKind> Kinds(QuoteFacts facts) =>
        ApprovalChainPlanner.Plan(DefaultChain.Create(), facts, MarginPolicy.Default).Select(r => r.Kind).ToList();

    [Fact]
    public void Given_a_small_healthy_quote_Then_the_chain_is_tech_finance_legal()
    {
        Assert.Equal([StepKind.Tech, StepKind.Finance, StepKind.Legal], Kinds(new QuoteFacts(100_000m, 30m, 0m, [], false)));
    }

    [Fact]
    public void Given_a_margin_below_minimum_Then_an_extra_margin_review_step_is_required()
    {
        Assert.Contains(StepKind.MarginReview, Kinds(new QuoteFacts(100_000m, 12m, 0m, [], false)));
    }

    [Fact]
    public void Given_an_amount_above_the_threshold_Then_the_general_manager_approves_last()
    {
        var kinds = Kinds(new QuoteFacts(DefaultChain.GeneralManagerThreshold, 30m, 0m, [], false));
        Assert.Equal(StepKind.GeneralManager, kinds[^1]);
    }

    [Fact]
    public void Given_tag_and_discount_conditions_Then_a_step_applies_only_when_both_hold()
    {
        var rule = new ChainStepRule(Guid.NewGuid(), 60, StepKind.GeneralManager, Roles.GeneralManager, 24)
        {
            RequiredTag = "战略客户", MinDiscountPercent = 15m,
        };
        Assert.True(rule.AppliesTo(new QuoteFacts(1m, 30m, 20m, ["战略客户"], false), MarginPolicy.Default));
        Assert.False(rule.AppliesTo(new QuoteFacts(1m, 30m, 10m, ["战略客户"], false), MarginPolicy.Default));
        Assert.False(rule.AppliesTo(new QuoteFacts(1m, 30m, 20m, ["普通"], false), MarginPolicy.Default));
    }

    [Fact]
    public void Given_default_SLAs_Then_finance_has_24h_legal_48h_and_urgent_finance_4h()
    {
        var chain = DefaultChain.Create();
        var finance = chain.Single(r => r.Kind == StepKind.Finance);
        Assert.Equal(24, finance.Sla(false).TotalHours);
        Assert.Equal(4, finance.Sla(true).TotalHours);
        Assert.Equal(48, chain.Single(r => r.Kind == StepKind.Legal).Sla(true).TotalHours);
    }
}
