using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Goals.Contracts;

/// <summary>
/// Every line of a person's action contract for a period reached its quantity, counted from evidence events; published
/// once per contract (the reward pool ranks people by <paramref name="CompletedAt"/>).
/// </summary>
public sealed record ActionContractCompleted(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ContractId,
    Guid UserId,
    string PeriodKind,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    int Lines,
    Instant CompletedAt) : IIntegrationEvent;
