using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>
/// A customer's profile was created or edited: how many of its key fields are filled (out of KeyFieldCount), which are
/// missing (field codes), and its type and tier as the grading model reads them. The key fields are the built-in ones
/// plus the director's key profile fields (codes "f-xxxxxxxx"); CompletenessPercent = filled / count as a whole percent.
/// CustomerType is the configured type's code (e.g. Hospital, Distributor, Manufacturer), as Quotes' clause suggestion reads it.
/// </summary>
public sealed record CustomerProfileChanged(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid CustomerId,
    Guid? OwnerId,
    int FilledKeyFields,
    int KeyFieldCount,
    IReadOnlyList<string> MissingFields,
    string? CustomerType,
    string? Tier,
    int CompletenessPercent = 0) : IIntegrationEvent;
