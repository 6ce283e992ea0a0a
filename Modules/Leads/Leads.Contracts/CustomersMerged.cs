using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>Duplicate customers were merged; the survivor keeps the history of both.</summary>
public sealed record CustomersMerged(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid SurvivorCustomerId,
    Guid MergedCustomerId,
    string SurvivorCode,
    string MergedCode) : IIntegrationEvent;
