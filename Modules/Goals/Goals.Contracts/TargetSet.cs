using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Goals.Contracts;

/// <summary>
/// A result target was set or changed for a period (Quarter / Month / Week, inclusive dates) and a scope (Company, Team with
/// <paramref name="ScopeId"/> the team id, Person with the user id), on a metric (NewDeals, QuoteAmount, CollectedAmount,
/// PromotionExecution in percent), with the key actions it was decomposed into. <paramref name="ParentTargetId"/>: the
/// team or company target this one is a share of.
/// </summary>
public sealed record TargetSet(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid TargetId,
    Guid? ParentTargetId,
    string PeriodKind,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    string Scope,
    Guid? ScopeId,
    string Metric,
    decimal Amount,
    IReadOnlyList<KeyActionQuantity> KeyActions) : IIntegrationEvent;
