using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>Whether quoting is allowed for a deal changed (stage gates).</summary>
public sealed record DealQuotingEligibilityChanged(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid DealId,
    bool CanQuote,
    string Reason,
    long Sequence = 0) : IIntegrationEvent;
