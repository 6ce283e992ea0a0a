namespace SalesSuite.Health.Domain.Process;

/// <summary>
/// The step samples of one process step for one column (a team or a person; null = no team / everyone), summed:
/// how many, how many skipped and breached, and their delay hours.
/// </summary>
internal sealed record StepCell(StepKind Kind, string Step, Guid? Column, int Count, int Skipped, int Breached, double DelayHours)
{
    public double SkipRate => Count == 0 ? 0 : 100.0 * Skipped / Count;

    /// <summary>Breached among the samples that were done (a skipped step cannot breach).</summary>
    public double BreachRate => Count - Skipped <= 0 ? 0 : 100.0 * Breached / (Count - Skipped);

    /// <summary>The cell's value in % for <paramref name="metric"/>, given the delay of the whole matrix.</summary>
    public double Value(HeatMetric metric, double totalDelayHours) => metric switch
    {
        HeatMetric.Delay => DelayShare.Of(DelayHours, totalDelayHours),
        HeatMetric.Skip => SkipRate,
        _ => BreachRate,
    };

    /// <summary>The cells of one step summed over their columns.</summary>
    public static StepCell Sum(StepKind kind, string step, IEnumerable<StepCell> cells)
    {
        var list = cells.ToList();
        return new(kind, step, null, list.Sum(c => c.Count), list.Sum(c => c.Skipped), list.Sum(c => c.Breached), list.Sum(c => c.DelayHours));
    }
}
