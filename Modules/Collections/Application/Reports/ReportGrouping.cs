namespace SalesSuite.Collections.Application.Reports;

/// <summary>Rows of a report per team or per person (the receivable's owner).</summary>
public enum ReportGrouping
{
    Team = 0,
    Person = 1,
}
