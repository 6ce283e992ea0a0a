namespace SalesSuite.Collections.Application.Reports;

public enum ForecastGrouping
{
    Week = 0,
    Month = 1,
}
