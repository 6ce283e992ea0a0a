namespace SalesSuite.Health.Application.Indicators;

/// <summary>A team or a person with their nine indicators (Key: the team or user id; null: people without a team).</summary>
internal sealed record IndicatorRow(Guid? Key, string? Label, IReadOnlyList<IndicatorCell> Cells);
