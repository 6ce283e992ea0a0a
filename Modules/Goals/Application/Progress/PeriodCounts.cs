namespace SalesSuite.Goals.Application.Progress;

/// <summary>
/// What a period's heatmaps count, for everyone: evidence done per person and action type (matches of the period), the
/// quantities owed per person and action type (the period's contracts) and the active action types (the columns).
/// Cached per progress stamp and period.
/// </summary>
internal sealed record PeriodCounts(
    IReadOnlyDictionary<(Guid User, Guid Type), int> Done, IReadOnlyDictionary<Guid, IReadOnlyDictionary<Guid, int>> Owed,
    IReadOnlyList<ActiveActionType> Types);

/// <summary>An active key action type: a heatmap column.</summary>
internal sealed record ActiveActionType(Guid Id, string Code, string NameZh, string NameEn);
