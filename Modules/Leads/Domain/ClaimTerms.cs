using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// What a claim writes on a pool lead. The conditional SQL update of the claim command and <see cref="Lead.ClaimBy"/>
/// both take their values from here, so the domain tests test what production writes.
/// </summary>
internal sealed record ClaimTerms(Guid OwnerId, Instant ClaimedAt, Instant ReleaseDeadline)
{
    public LeadStatus Status => LeadStatus.Claimed;

    public static ClaimTerms For(Guid userId, Instant now, Duration window) => new(userId, now, Lead.DeadlineFor(now, window));
}
