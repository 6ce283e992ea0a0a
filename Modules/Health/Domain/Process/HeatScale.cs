namespace SalesSuite.Health.Domain.Process;

/// <summary>
/// The heatmap's colour cut-offs (values in %): delay share red from 20 %, amber from 10 % (one cell holding a fifth of
/// all delay is the breakpoint); skip rate and SLA breach rate red from 30 %, amber from 10 %. Below: green; a cell
/// without samples: none.
/// </summary>
internal static class HeatScale
{
    public static (double Amber, double Red) CutOffs(HeatMetric metric) => metric switch
    {
        HeatMetric.Delay => (10, 20),
        _ => (10, 30),
    };

    public static Rag Colour(HeatMetric metric, double? percent)
    {
        if (percent is not { } v)
        {
            return Rag.None;
        }
        var (amber, red) = CutOffs(metric);
        return v >= red ? Rag.Red : v >= amber ? Rag.Amber : Rag.Green;
    }
}
