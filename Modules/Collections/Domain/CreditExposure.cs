namespace SalesSuite.Collections.Domain;

/// <summary>
/// What a customer owes or has agreed to owe: the outstanding amount of every open milestone with a due date
/// (<see cref="Scheduled"/>) plus what is accepted but not scheduled yet (<see cref="Unscheduled"/>: the outstanding amount
/// of milestones without a due date, and any part of a contract amount not in a milestone). Paid milestones and money
/// already allocated do not count; unallocated payments (customer credit) are not subtracted. Only contracts in the
/// limit's currency count.
/// </summary>
internal sealed record CreditExposure(decimal Scheduled, decimal Unscheduled)
{
    public static readonly CreditExposure None = new(0m, 0m);

    public decimal Total => Scheduled + Unscheduled;

    public static CreditExposure Of(IEnumerable<Contract> contracts, string currency)
    {
        var scheduled = 0m;
        var unscheduled = 0m;
        foreach (var contract in contracts.Where(c => c.Currency == currency))
        {
            scheduled += contract.Milestones.Where(m => m.DueDate is not null).Sum(m => m.Outstanding);
            unscheduled += contract.Milestones.Where(m => m.DueDate is null).Sum(m => m.Outstanding)
                + Math.Max(0m, contract.Amount - contract.Milestones.Sum(m => m.Amount));
        }
        return new CreditExposure(scheduled, unscheduled);
    }

    /// <summary>Over the limit: the exposure is above it (no limit: never over).</summary>
    public static bool IsOver(decimal exposure, decimal? limit) => limit is { } l && exposure > l;

    /// <summary>Share of the limit used, in percent (null without a limit; a zero limit with exposure is 100 %+).</summary>
    public static decimal? UsedPercent(decimal exposure, decimal? limit) => limit switch
    {
        null => null,
        0m => exposure > 0 ? 100m : 0m,
        { } l => Math.Round(exposure / l * 100m, 1, MidpointRounding.AwayFromZero),
    };
}
