namespace SalesSuite.Goals.Domain;

/// <summary>What a result target measures; each is counted from one evidence event (see <see cref="EvidenceCatalog"/>).</summary>
internal enum ResultMetric
{
    /// <summary>Deals won (DealClosedWon), a count.</summary>
    NewDeals,
    /// <summary>Quote amount submitted (QuoteSubmitted), yuan.</summary>
    QuoteAmount,
    /// <summary>Collected amount (MilestonePaid), yuan.</summary>
    CollectedAmount,
    /// <summary>Store promotion execution (PromotionExecutionReported): executed lines / reported lines, percent.</summary>
    PromotionExecution,
}

internal static class ResultMetrics
{
    public static bool IsMoney(this ResultMetric metric) => metric is ResultMetric.QuoteAmount or ResultMetric.CollectedAmount;

    public static bool IsRate(this ResultMetric metric) => metric == ResultMetric.PromotionExecution;

    /// <summary>The largest target a form accepts (an absurd number is refused, not stored).</summary>
    public static decimal Max(this ResultMetric metric) => metric switch
    {
        ResultMetric.NewDeals => 100_000m,
        ResultMetric.PromotionExecution => 100m,
        _ => 100_000_000_000m,
    };
}

internal enum TargetScope
{
    Company,
    Team,
    Person,
}
