namespace SalesSuite.Collections.Application.Reports;

internal sealed record OverdueReport(IReadOnlyList<ReasonLine> ByReason, IReadOnlyList<CustomerLine> TopCustomers, ReportScope Scope)
{
    public int Count => ByReason.Sum(r => r.Count);

    public decimal Outstanding => ByReason.Sum(r => r.Outstanding);
}
