using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Behaviour;

/// <summary>A person's average hours between follow-ups for one objective, their team's average, the ratio and its colour.</summary>
internal sealed record BehaviourCell(string Objective, double? Hours, int Count, double? TeamHours, double? Ratio, Rag Rag);
