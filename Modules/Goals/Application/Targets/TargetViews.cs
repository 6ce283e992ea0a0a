using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Targets;

/// <summary>The targets of a period the user may see, as a tree (company → teams → people).</summary>
internal sealed record TargetList(GoalPeriod Period, IReadOnlyList<TargetRow> Rows, bool CanCreate);

/// <summary>
/// One target with its actual (counted from evidence) and completion, its key actions with what was done, and for a
/// parent the sum of its shares (<see cref="SharesMismatch"/>: they no longer add up, e.g. after the parent changed).
/// </summary>
internal sealed record TargetRow(
    Guid Id, int Depth, TargetScope Scope, Guid? ScopeId, string ScopeName, ResultMetric Metric, decimal Amount, decimal Actual,
    decimal Percent, IReadOnlyList<KeyActionView> KeyActions, decimal? SharesSum, bool CanEdit, bool CanSplit)
{
    public bool SharesMismatch => SharesSum is { } sum && sum != Amount;
}

/// <summary>A key action of a target: its name in the reader's language, the quantity owed and how many were done.</summary>
internal sealed record KeyActionView(Guid ActionTypeId, string Name, int Quantity, int Done);

/// <summary>
/// The target form as shown: the bound input, what the user may choose (company, teams, people), and one line per key
/// action type that drives the metric with the suggestion from history (<see cref="FormLine.Suggestion"/>).
/// </summary>
internal sealed record TargetForm(
    TargetInput Input, bool IsNew, string ScopeLabel, bool CanCompany, IReadOnlyList<ScopeOption> Teams, IReadOnlyList<ScopeOption> People,
    IReadOnlyList<FormLine> Lines, GoalPeriod? HistoryFrom, GoalPeriod? HistoryTo);

internal sealed record ScopeOption(Guid Id, string Name);

internal sealed record FormLine(Guid ActionTypeId, string Name, DecompositionLine? Suggestion);

/// <summary>The split page: the parent, one line per child with last period's result and the suggested share.</summary>
internal sealed record SplitView(
    Guid ParentId, TargetScope Scope, string ScopeName, GoalPeriod Period, ResultMetric Metric, decimal Amount, int Version,
    IReadOnlyList<SplitLineView> Lines, decimal? StoredSum)
{
    public bool StoredMismatch => StoredSum is { } sum && sum != Amount;
}

internal sealed record SplitLineView(
    Guid ScopeId, string Name, decimal PreviousResult, decimal Suggested, Guid? TargetId, int Version, decimal? Current);
