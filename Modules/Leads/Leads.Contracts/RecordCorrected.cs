using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>
/// Someone changed a record of the past (e.g. a logged follow-up): Health counts these as data corrections. Reason is
/// required while the owner is in trace mode, otherwise optional.
/// </summary>
public sealed record RecordCorrected(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    string RecordType,
    Guid RecordId,
    Guid OwnerId,
    Guid? CustomerId,
    IReadOnlyList<string> Fields,
    string? Reason) : IIntegrationEvent;
