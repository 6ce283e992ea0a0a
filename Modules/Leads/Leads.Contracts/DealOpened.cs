using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>
/// An opportunity was opened for a customer. <see cref="Sequence"/> (also on the other deal events and per deal in
/// <see cref="HandOverTransfer"/>) is the deal's Version after the commit that published the event (0 for a new deal):
/// it grows with every change, so a read model skips an event older than what it already applied. On a change event
/// 0 means "not carried" (written before the field existed) and is applied as before. `LeadId`: the lead the deal was
/// opened from (its need is confirmed), when there is one.
/// </summary>
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
    bool CanQuote,
    long Sequence = 0,
    Guid? LeadId = null) : IIntegrationEvent;
