namespace SalesSuite.Goals.Application.Progress;

/// <summary>
/// What a period's heatmaps count, for everyone: evidence done per person and action type (matches of the period) and
/// the quantities owed per person and action type (the period's contracts). Cached per progress stamp and period.
/// </summary>
internal sealed record PeriodCounts(
    IReadOnlyDictionary<(Guid User, Guid Type), int> Done, IReadOnlyDictionary<Guid, IReadOnlyDictionary<Guid, int>> Owed);
