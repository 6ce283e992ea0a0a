namespace SalesSuite.Health.Domain.Process;

/// <summary>
/// The rule-based suggestions, each a pure function of the period's step facts. A step needs at least
/// <see cref="SuggestionThresholds.MinSamples"/> samples before a rule speaks about it, so one slow record is no trend.
/// </summary>
internal static class SuggestionRules
{
    public const string ApprovalDelay = "approval-delay";
    public const string StageOverRed = "stage-over-red";
    public const string StageSkipped = "stage-skipped";
    public const string HandOffBreach = "handoff-breach";
    public const string SlowTask = "slow-task";

    /// <summary>Approval steps with their own advice (resource key Suggestion_ApprovalDelay_{step}); others get the general one.</summary>
    private static readonly string[] AdvisedSteps = ["Legal", "Finance", "Tech", "GeneralManager"];

    public static IReadOnlyList<SuggestionDraft> Evaluate(IReadOnlyList<StepFacts> facts, SuggestionThresholds? thresholds = null)
    {
        var t = thresholds ?? SuggestionThresholds.Default;
        var enough = facts.Where(f => f.Totals.Count >= t.MinSamples).ToList();
        return [.. Approvals(facts, enough, t), .. Stages(enough, t), .. HandOffsBreached(enough, t), .. Tasks(enough, t)];
    }

    /// <summary>An approval step holding ≥ ApprovalShare % of all approval delay.</summary>
    public static IEnumerable<SuggestionDraft> Approvals(IReadOnlyList<StepFacts> all, IEnumerable<StepFacts> enough, SuggestionThresholds t)
    {
        var total = all.Where(f => f.Kind == StepKind.Approval).Sum(f => f.Totals.DelayHours);
        foreach (var f in enough.Where(f => f.Kind == StepKind.Approval))
        {
            var share = DelayShare.Of(f.Totals.DelayHours, total);
            if (total > 0 && share >= t.ApprovalShare)
            {
                var key = AdvisedSteps.Contains(f.Step) ? $"Suggestion_ApprovalDelay_{f.Step}" : "Suggestion_ApprovalDelay";
                yield return new(ApprovalDelay, key, f.Kind, f.Step, [Math.Round(share)], HeatMetric.Delay, share);
            }
        }
    }

    /// <summary>A stage whose median stay exceeds its red days; a non-skippable stage skipped ≥ StageSkipRate % of the time.</summary>
    public static IEnumerable<SuggestionDraft> Stages(IEnumerable<StepFacts> enough, SuggestionThresholds t)
    {
        foreach (var f in enough.Where(f => f.Kind == StepKind.Stage))
        {
            if (f is { MedianHours: { } median, RedDays: { } red } && median / 24 > red)
            {
                var days = Math.Round(median / 24, 1);
                yield return new(StageOverRed, "Suggestion_StageOverRed", f.Kind, f.Step, [days, red], HeatMetric.Breach, 100.0 * days / red);
            }
            if (f.Skippable == false && f.Totals.SkipRate >= t.StageSkipRate)
            {
                yield return new(StageSkipped, "Suggestion_StageSkipped", f.Kind, f.Step, [Math.Round(f.Totals.SkipRate)], HeatMetric.Skip,
                    f.Totals.SkipRate);
            }
        }
    }

    /// <summary>A hand-off that misses its target in ≥ HandOffBreachRate % of cases.</summary>
    public static IEnumerable<SuggestionDraft> HandOffsBreached(IEnumerable<StepFacts> enough, SuggestionThresholds t) =>
        enough.Where(f => f.Kind == StepKind.HandOff && f.Totals.BreachRate >= t.HandOffBreachRate)
            .Select(f => new SuggestionDraft(HandOffBreach, "Suggestion_HandOffBreach", f.Kind, f.Step, [Math.Round(f.Totals.BreachRate)],
                HeatMetric.Breach, f.Totals.BreachRate));

    /// <summary>A role whose stage tasks take longer than their response target at the median.</summary>
    public static IEnumerable<SuggestionDraft> Tasks(IEnumerable<StepFacts> enough, SuggestionThresholds t) =>
        enough.Where(f => f.Kind == StepKind.Task && f is { MedianHours: { } m, TargetHours: { } target } && target > 0 && m > target)
            .Select(f => new SuggestionDraft(SlowTask, "Suggestion_SlowTask", f.Kind, f.Step,
                [Math.Round(f.MedianHours!.Value, 1), f.TargetHours!.Value], HeatMetric.Breach, 100.0 * f.MedianHours!.Value / f.TargetHours!.Value));
}
