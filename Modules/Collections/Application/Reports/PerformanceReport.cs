using NodaTime;

namespace SalesSuite.Collections.Application.Reports;

internal sealed record PerformanceReport(
    ReportGrouping By, LocalDate From, LocalDate To, IReadOnlyList<PerformanceLine> Lines, PerformanceLine Total, ReportScope Scope)
{
    public int Days => Period.Between(From, To, PeriodUnits.Days).Days + 1;
}
