using NodaTime;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Behaviour;

/// <summary>A follow-up behind a heatmap cell: when, with which customer, hours since the previous one with that customer.</summary>
internal sealed record BehaviourFollowUp(Guid FollowUpId, Instant At, string Objective, double Hours, RecordRef Customer);
