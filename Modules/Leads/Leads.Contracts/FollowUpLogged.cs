using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Leads.Contracts;

/// <summary>
/// A visit or follow-up was recorded. `LeadId`: the lead it touched, when it was logged on a lead (first touch).
/// `ActorUserId`: who wrote it (a manager coaching on a subordinate's customer differs from `OwnerId`);
/// `AttachmentCount`: files attached to it (Goals' evidence standards may require one).
/// </summary>
public sealed record FollowUpLogged(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid FollowUpId,
    Guid? DealId,
    Guid CustomerId,
    Guid OwnerId,
    string Objective,
    IReadOnlyList<string> ObstacleTags,
    LocalDate? NextActionDue,
    bool Warning,
    Guid? LeadId = null,
    int AttachmentCount = 0) : IIntegrationEvent;
