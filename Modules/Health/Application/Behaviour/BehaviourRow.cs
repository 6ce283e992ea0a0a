namespace SalesSuite.Health.Application.Behaviour;

/// <summary>One person of the behaviour heatmap with a cell per follow-up objective.</summary>
internal sealed record BehaviourRow(Guid UserId, string Name, Guid? TeamId, string? Team, IReadOnlyList<BehaviourCell> Cells);
