namespace SalesSuite.Health.Application.Process;

/// <summary>A column of the matrix: a team (Guid.Empty: no team) or a person.</summary>
internal sealed record HeatColumn(Guid Id, string Name);
