namespace SalesSuite.Stores.Application.Hq;

/// <summary>
/// Promotion execution of one store, region, type or promotion: due store-days (a promotion applied to the store that
/// day), of which reported (a report came in) and executed (executed, with the photo when one is required). A day
/// without a report counts as not executed and is shown apart as "not reported".
/// </summary>
internal sealed record ExecutionLine(string Key, string Label, int Due, int Reported, int Executed)
{
    public int NotReported => Due - Reported;
    public int NotExecuted => Reported - Executed;
    public decimal? Rate => HqMath.Rate(Executed, Due);

    public static ExecutionLine Sum(string key, string label, IEnumerable<ExecutionCell> cells)
    {
        var list = cells.ToList();
        return new(key, label, list.Sum(c => c.Due), list.Sum(c => c.Reported), list.Sum(c => c.Executed));
    }
}

/// <summary>One store × one promotion in the period.</summary>
internal sealed record ExecutionCell(Guid StoreId, Guid PromotionId, int Due, int Reported, int Executed);
