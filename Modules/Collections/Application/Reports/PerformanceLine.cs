namespace SalesSuite.Collections.Application.Reports;

/// <summary>
/// A team's or person's collection numbers over a period (definitions in docs/collections-reports.md and on the page):
/// collectable = overdue at the start + billed (milestones due in the period) − what was paid ahead before the period;
/// collection rate = collected ÷ collectable; receivable at the end = collectable − collected;
/// DSO = receivable at the end ÷ billed × days in the period.
/// </summary>
internal sealed record PerformanceLine(ReportLine Who, decimal OverdueAtStart, decimal Billed, decimal PaidAhead, decimal Collected)
{
    public decimal Collectable => OverdueAtStart + Billed - PaidAhead;

    public decimal? CollectionRate => Collectable > 0 ? Collected / Collectable : null;

    public decimal ReceivableAtEnd => Collectable - Collected;

    public decimal? Dso(int days) => Billed > 0 ? ReceivableAtEnd / Billed * days : null;

    public static PerformanceLine Sum(ReportLine who, IEnumerable<PerformanceLine> lines)
    {
        var list = lines.ToList();
        return new PerformanceLine(
            who, list.Sum(l => l.OverdueAtStart), list.Sum(l => l.Billed), list.Sum(l => l.PaidAhead), list.Sum(l => l.Collected));
    }
}
