namespace SalesSuite.Health.Domain.Process;

/// <summary>Shares of delay and the headline breakpoint.</summary>
internal static class DelayShare
{
    /// <summary><paramref name="part"/> as % of <paramref name="total"/> (0 when there is no delay at all).</summary>
    public static double Of(double part, double total) => total <= 0 ? 0 : 100.0 * part / total;

    /// <summary>
    /// The headline: the step (summed over columns) with the largest share of the delay of every kind in
    /// <paramref name="cells"/>, with its share of all delay and of its own kind's delay; null when nothing was late.
    /// Ties go to the step with more breaches, then by name, so the sentence does not flicker between refreshes.
    /// </summary>
    public static Headline? Headline(IReadOnlyList<StepCell> cells)
    {
        var total = cells.Sum(c => c.DelayHours);
        if (total <= 0)
        {
            return null;
        }
        var top = cells.GroupBy(c => (c.Kind, c.Step))
            .Select(g => StepCell.Sum(g.Key.Kind, g.Key.Step, g))
            .OrderByDescending(s => s.DelayHours).ThenByDescending(s => s.Breached).ThenBy(s => s.Kind).ThenBy(s => s.Step, StringComparer.Ordinal)
            .First();
        var kindTotal = cells.Where(c => c.Kind == top.Kind).Sum(c => c.DelayHours);
        return new(top.Kind, top.Step, Of(top.DelayHours, total), Of(top.DelayHours, kindTotal));
    }
}
