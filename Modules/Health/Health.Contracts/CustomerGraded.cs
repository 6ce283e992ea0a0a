using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Health.Contracts;

/// <summary>
/// Health graded a customer A+ / A / B / C from its weighted model (every 72 h by default). Published when the grade is
/// first given or changes; Factors are the reasons.
/// </summary>
public sealed record CustomerGraded(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid CustomerId,
    string Grade,
    decimal Score,
    string? PreviousGrade,
    IReadOnlyList<GradeFactor> Factors) : IIntegrationEvent;
