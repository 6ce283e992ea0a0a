namespace SalesSuite.Health.Application.Process;

/// <summary>The columns of the dwell table and the heatmap: teams or people.</summary>
internal enum ColumnBy
{
    Team,
    Person,
}
