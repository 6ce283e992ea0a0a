namespace SalesSuite.Goals.Domain;

/// <summary>
/// What one key action type did for a metric in the history window: the metric's result of the scope's people and how
/// many of the type's actions they were credited with (matched evidence) over the same days.
/// </summary>
internal sealed record ConversionHistory(Guid ActionTypeId, string Code, decimal Result, int Actions);

/// <summary>
/// One suggested key action: the quantity, the result one action brought (<see cref="ResultPerAction"/>) and where that
/// came from (history: <see cref="HistoryResult"/> from <see cref="HistoryActions"/> actions; otherwise a default).
/// </summary>
internal sealed record DecompositionLine(
    Guid ActionTypeId, string Code, int Quantity, decimal ResultPerAction, bool FromHistory, decimal HistoryResult, int HistoryActions);

/// <summary>
/// Backward decomposition of a result target into key actions ("collect ¥1,000,000" → "40 payment-terms confirmations"):
/// for each action type that drives the metric, result per action = the history's result / its matched actions (the
/// previous 2 periods of the same kind, the scope's people); suggested quantity = ⌈amount / result per action⌉, at least 1
/// and at most <see cref="ContractLine.MaxQuantity"/>. Without history (no actions or no result) a documented default
/// per code is used (<see cref="DefaultPerAction"/>). A rate target (promotion execution, percent) has no amount to
/// divide by a count, so it always uses the default (percentage points per report).
/// </summary>
internal static class Decomposition
{
    /// <summary>
    /// Defaults when there is no history, per action code: yuan collected per payment-terms confirmation (¥25,000, so
    /// ¥1,000,000 → 40), yuan quoted per quote submitted (¥50,000), deals per key-customer visit (0.2: 5 visits a deal),
    /// per new prospect (0.1: 10 a deal), per collaboration or negotiation or coaching (0.5: 2 a deal), percentage points of
    /// promotion execution per store report (5: 90 % → 18 reports).
    /// </summary>
    public static decimal DefaultPerAction(string code, ResultMetric metric) => code switch
    {
        KeyActionType.TermsConfirmed => 25_000m,
        KeyActionType.QuoteSubmitted => 50_000m,
        KeyActionType.KeyVisit => 0.2m,
        KeyActionType.NewProspect => 0.1m,
        KeyActionType.Collaboration or KeyActionType.Negotiation or KeyActionType.Coaching => 0.5m,
        KeyActionType.StoreReport => 5m,
        _ => metric.IsMoney() ? 10_000m : metric.IsRate() ? 5m : 0.2m,
    };

    public static IReadOnlyList<DecompositionLine> Suggest(ResultMetric metric, decimal amount, IEnumerable<ConversionHistory> history) =>
        history.Select(h => Line(metric, amount, h)).ToList();

    public static DecompositionLine Line(ResultMetric metric, decimal amount, ConversionHistory h)
    {
        var fromHistory = !metric.IsRate() && h.Actions > 0 && h.Result > 0;
        // Multiply before dividing so 100 from 3 actions → 100 needs exactly 3 (not 3.000…1 → 4).
        var (result, actions) = fromHistory ? (h.Result, (decimal)h.Actions) : (DefaultPerAction(h.Code, metric), 1m);
        return new DecompositionLine(h.ActionTypeId, h.Code, Quantity(amount, result, actions), decimal.Round(result / actions, 2),
            fromHistory, h.Result, h.Actions);
    }

    /// <summary>⌈amount × actions / result⌉, between 1 and the largest contract quantity (0 for no amount).</summary>
    public static int Quantity(decimal amount, decimal result, decimal actions)
    {
        if (amount <= 0 || result <= 0 || actions <= 0)
        {
            return 0;
        }
        var raw = decimal.Ceiling(amount * actions / result);
        return (int)Math.Clamp(raw, 1, ContractLine.MaxQuantity);
    }
}
