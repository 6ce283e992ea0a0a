namespace SalesSuite.Health.Domain.Process;

/// <summary>
/// A suggestion before it is worded: the rule, its resource key (arguments: {0} the step's display name, then
/// <see cref="Numbers"/>), the step it is about, the metric of its evidence and how strongly it applies (for ordering).
/// </summary>
internal sealed record SuggestionDraft(string Rule, string Key, StepKind Kind, string Step, IReadOnlyList<double> Numbers, HeatMetric Evidence,
    double Weight);
