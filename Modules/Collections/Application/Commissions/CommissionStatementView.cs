using SalesSuite.Collections.Domain.Commissions;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>A statement as its page shows it: lines in order, the tier breakdown, and whether the reader may approve it.</summary>
internal sealed record CommissionStatementView(
    CommissionStatement Statement,
    string Person,
    string? ApprovedBy,
    IReadOnlyList<CommissionLine> Lines,
    IReadOnlyList<CommissionBandRow> Breakdown,
    bool CanApprove)
{
    public decimal Earned => Lines.Where(l => l.Kind == CommissionLineKind.Earned).Sum(l => l.Commission);

    public decimal ClawedBack => Lines.Where(l => l.Kind == CommissionLineKind.Clawback).Sum(l => l.Commission);

    /// <summary>The earned lines' bands grouped by rule and band (unrounded commission per band, rounded for display).</summary>
    public static IReadOnlyList<CommissionBandRow> BreakdownOf(IEnumerable<CommissionLine> lines) =>
        lines.Where(l => l.Kind == CommissionLineKind.Earned)
            .SelectMany(l => l.Bands.Select(b => (l.RuleLabel, Band: b)))
            .GroupBy(x => (x.RuleLabel, x.Band.From, x.Band.To, x.Band.RatePercent))
            .Select(g => new CommissionBandRow(g.Key.RuleLabel, g.Key.From, g.Key.To, g.Key.RatePercent,
                g.Sum(x => x.Band.Amount), CommissionCalculator.Round(g.Sum(x => x.Band.Exact))))
            .OrderBy(r => r.Rule, StringComparer.Ordinal).ThenBy(r => r.From)
            .ToList();
}
