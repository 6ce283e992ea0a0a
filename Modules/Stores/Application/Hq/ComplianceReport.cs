namespace SalesSuite.Stores.Application.Hq;

/// <summary>The compliance page: one row per store, sorted as asked.</summary>
internal sealed record ComplianceReport(HqView View, IReadOnlyList<ComplianceRow> Rows)
{
    public int Expected => Rows.Sum(r => r.Expected);
    public int Reported => Rows.Sum(r => r.Reported);
    public decimal? Rate => HqMath.Rate(Reported, Expected);
}
