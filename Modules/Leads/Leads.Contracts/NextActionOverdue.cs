using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>A next action passed its due date without being done.</summary>
public sealed record NextActionOverdue(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ActionId,
    Guid OwnerId,
    Guid CustomerId,
    LocalDate DueDate) : IIntegrationEvent;
