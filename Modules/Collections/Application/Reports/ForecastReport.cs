namespace SalesSuite.Collections.Application.Reports;

internal sealed record ForecastReport(
    ForecastGrouping By, decimal PastDue, int PastDueCount, IReadOnlyList<ForecastPeriod> Periods, ReportScope Scope);
