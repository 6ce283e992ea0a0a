using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A lead entered the system (form, CSV import, API intake).</summary>
public sealed record LeadCreated(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid LeadId,
    string Source,
    IReadOnlyList<string> Tags,
    Guid? CustomerId,
    string? CustomerCode) : IIntegrationEvent;
