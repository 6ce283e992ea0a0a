using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Tests.Domain;

public sealed class SuggestionRulesTests
{
    private static StepFacts Facts(StepKind kind, string step, int count = 5, int skipped = 0, int breached = 0, double delay = 0,
        double? medianHours = null, int? redDays = null, bool? skippable = null, double? target = null) =>
        new(new StepCell(kind, step, null, count, skipped, breached, delay), medianHours, redDays, skippable, target);

    private static SuggestionDraft Only(string rule, params StepFacts[] facts) =>
        Assert.Single(SuggestionRules.Evaluate(facts), d => d.Rule == rule);

    [Fact]
    public void Given_legal_holds_83_percent_of_approval_delay_Then_a_simple_contract_template_is_suggested()
    {
        var draft = Only(SuggestionRules.ApprovalDelay,
            Facts(StepKind.Approval, "Legal", delay: 83), Facts(StepKind.Approval, "Finance", delay: 17),
            Facts(StepKind.Stage, "商务谈判", delay: 500));

        Assert.Equal(("Suggestion_ApprovalDelay_Legal", "Legal", HeatMetric.Delay), (draft.Key, draft.Step, draft.Evidence));
        Assert.Equal([83.0], draft.Numbers);
    }

    [Fact]
    public void Given_approval_delay_spread_below_the_threshold_Then_no_approval_suggestion()
    {
        var drafts = SuggestionRules.Evaluate([Facts(StepKind.Approval, "Legal", delay: 49), Facts(StepKind.Approval, "Finance", delay: 51),
            Facts(StepKind.Approval, "Tech", delay: 0)]);
        Assert.Equal(["Finance"], drafts.Where(d => d.Rule == SuggestionRules.ApprovalDelay).Select(d => d.Step));
        Assert.Equal("Suggestion_ApprovalDelay_Finance", drafts.Single().Key);
    }

    [Fact]
    public void Given_an_unknown_approval_step_Then_the_general_advice_is_used() =>
        Assert.Equal("Suggestion_ApprovalDelay", Only(SuggestionRules.ApprovalDelay, Facts(StepKind.Approval, "Custom", delay: 5)).Key);

    [Fact]
    public void Given_too_few_samples_Then_no_rule_speaks() =>
        Assert.Empty(SuggestionRules.Evaluate([Facts(StepKind.Approval, "Legal", count: 2, delay: 80),
            Facts(StepKind.HandOff, HandOffs.QuoteToFeedback, count: 2, breached: 2)]));

    [Fact]
    public void Given_a_stage_median_beyond_its_red_days_Then_the_stuck_deals_are_suggested()
    {
        var draft = Only(SuggestionRules.StageOverRed, Facts(StepKind.Stage, "商务谈判", medianHours: 14.5 * 24, redDays: 12));
        Assert.Equal([14.5, 12.0], draft.Numbers);
        Assert.Empty(SuggestionRules.Evaluate([Facts(StepKind.Stage, "商务谈判", medianHours: 12 * 24, redDays: 12)]));
        Assert.Empty(SuggestionRules.Evaluate([Facts(StepKind.Stage, "商务谈判", medianHours: 30 * 24, redDays: null)]));
    }

    [Fact]
    public void Given_a_non_skippable_stage_skipped_often_Then_it_is_flagged_but_a_skippable_one_is_not()
    {
        var draft = Only(SuggestionRules.StageSkipped, Facts(StepKind.Stage, "技术确认", count: 10, skipped: 2, skippable: false));
        Assert.Equal([20.0], draft.Numbers);
        Assert.Equal(HeatMetric.Skip, draft.Evidence);
        Assert.Empty(SuggestionRules.Evaluate([Facts(StepKind.Stage, "样品测试", count: 10, skipped: 9, skippable: true)]));
        Assert.Empty(SuggestionRules.Evaluate([Facts(StepKind.Stage, "技术确认", count: 10, skipped: 1, skippable: false)]));
    }

    [Fact]
    public void Given_a_hand_off_breached_half_the_time_Then_it_is_flagged()
    {
        Assert.Equal([50.0], Only(SuggestionRules.HandOffBreach, Facts(StepKind.HandOff, HandOffs.QuoteToFeedback, count: 4, breached: 2)).Numbers);
        Assert.Empty(SuggestionRules.Evaluate([Facts(StepKind.HandOff, HandOffs.QuoteToFeedback, count: 5, breached: 2)]));
    }

    [Fact]
    public void Given_a_role_slower_than_its_target_at_the_median_Then_its_tasks_are_flagged()
    {
        Assert.Equal([6.0, 4.0], Only(SuggestionRules.SlowTask, Facts(StepKind.Task, "Tech", medianHours: 6, target: 4)).Numbers);
        Assert.Empty(SuggestionRules.Evaluate([Facts(StepKind.Task, "Tech", medianHours: 4, target: 4)]));
    }
}
