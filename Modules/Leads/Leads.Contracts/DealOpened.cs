using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>An opportunity was opened for a customer.</summary>
public sealed record DealOpened(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid DealId,
    Guid CustomerId,
    string CustomerCode,
    string CustomerName,
    Guid OwnerId,
    Guid PipelineId,
    string Title,
    string? ProductLine,
    decimal? ExpectedAmount,
    string Currency,
    string StageCode,
    bool CanQuote) : IIntegrationEvent;
