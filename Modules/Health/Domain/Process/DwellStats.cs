namespace SalesSuite.Health.Domain.Process;

/// <summary>
/// Days in a stage for one stage × column: stays (samples not skipped), skips, average, median and p80 days
/// (<see cref="Percentile"/>: linear interpolation) and the skip rate in %.
/// </summary>
internal sealed record DwellStats(int Stays, int Skipped, double? AverageDays, double? MedianDays, double? P80Days)
{
    public int Count => Stays + Skipped;

    public double? SkipRate => Count == 0 ? null : 100.0 * Skipped / Count;

    public static DwellStats Of(IEnumerable<(double Hours, bool Skipped)> samples)
    {
        var list = samples.ToList();
        var days = list.Where(s => !s.Skipped).Select(s => s.Hours / 24).ToList();
        return new(days.Count, list.Count - days.Count, days.Count == 0 ? null : days.Average(), Percentile.Median(days), Percentile.Of(days, 0.8));
    }

    /// <summary>The stage's colour for this median (its amber / red days); none without stays.</summary>
    public Rag Colour(PipelineStage? stage) =>
        MedianDays is not { } median ? Rag.None : stage?.Colour(median) ?? Rag.None;
}
