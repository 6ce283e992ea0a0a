namespace SalesSuite.Health.Application.Indicators;

/// <summary>Columns (or rows) of a Health report: one per team or one per person.</summary>
public enum ReportBy
{
    Team,
    Person,
}
