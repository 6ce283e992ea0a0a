using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A sales lead: sits in the pool (公海) until claimed or assigned; a claim without follow-up expires.</summary>
internal sealed class Lead : IVersioned, IAuditable
{
    private Lead() { }

    public Lead(Guid id, LeadDetails details, Instant createdAt)
    {
        Id = id;
        ContactName = details.ContactName;
        Company = details.Company;
        Phone = details.Phone;
        Source = details.Source;
        Industry = details.Industry;
        BudgetBand = details.BudgetBand;
        NeedType = details.NeedType;
        Notes = details.Notes;
        CreditCode = details.CreditCode;
        CreatedAt = createdAt;
        Status = LeadStatus.Pool;
    }

    public Guid Id { get; private set; }
    public string ContactName { get; private set; } = "";
    public string Company { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string Source { get; private set; } = "";
    public string? Industry { get; private set; }
    public string? BudgetBand { get; private set; }
    public string? NeedType { get; private set; }
    public string? Notes { get; private set; }
    public string? CreditCode { get; private set; }
    public LeadStatus Status { get; private set; }
    public Guid? OwnerId { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant? ClaimedAt { get; private set; }
    public Instant? ReleaseDeadline { get; private set; }
    public Instant? QualifiedAt { get; private set; }
    public Guid? CustomerId { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public LeadDetails Details => new(ContactName, Company, Phone, Source, Industry, BudgetBand, NeedType, Notes, CreditCode);

    public IReadOnlyList<string> Tags =>
        new[] { Source, Industry, BudgetBand, NeedType }.Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();

    public static Instant DeadlineFor(Instant claimedAt, Duration window) => claimedAt + window;

    /// <summary>
    /// The claim rule: only a pool lead can be claimed; it becomes the claimant's, to be followed up within the window.
    /// </summary>
    public void ClaimBy(Guid userId, Instant now, Duration window)
    {
        DomainException.ThrowIf(Status != LeadStatus.Pool, "Pool_ClaimLost");
        Status = LeadStatus.Claimed;
        OwnerId = userId;
        ClaimedAt = now;
        ReleaseDeadline = DeadlineFor(now, window);
        QualifiedAt = null;
    }

    /// <summary>Assignment (by rule, by a manager, by a hand-over): a converted or closed lead is not handed around.</summary>
    public void AssignTo(Guid userId, Instant now)
    {
        DomainException.ThrowIf(Status is LeadStatus.Converted or LeadStatus.Closed, "Lead_Error_NotAssignable", Company);
        Status = LeadStatus.Assigned;
        OwnerId = userId;
        ClaimedAt = now;
        ReleaseDeadline = null;
    }

    /// <summary>A follow-up was recorded: the claim no longer expires.</summary>
    public void Qualify(Instant now)
    {
        QualifiedAt ??= now;
        ReleaseDeadline = null;
    }

    public bool IsReleaseDue(Instant now) =>
        Status == LeadStatus.Claimed && QualifiedAt is null && ReleaseDeadline is { } d && d <= now;

    /// <summary>
    /// The one release rule (manual or expired claim): only a claimed lead goes back to the pool; owner, claim time,
    /// deadline and qualification are cleared. Returns the former owner (for the event and the notification).
    /// </summary>
    public Guid ReleaseToPool()
    {
        DomainException.ThrowIf(Status != LeadStatus.Claimed || OwnerId is null, "Lead_Error_NotClaimed", Company);
        var owner = OwnerId!.Value;
        Status = LeadStatus.Pool;
        OwnerId = null;
        ClaimedAt = null;
        ReleaseDeadline = null;
        QualifiedAt = null;
        return owner;
    }

    /// <summary>
    /// Whether a deal opened for this customer by this owner is opened from this lead: the lead is the customer's, held
    /// by the same person, and was followed up into the customer (converted) or is still claimed / assigned to them.
    /// A lead in the pool or closed is no deal's origin.
    /// </summary>
    public bool IsOriginFor(Guid customerId, Guid ownerId) =>
        CustomerId == customerId && OwnerId == ownerId && Status is LeadStatus.Claimed or LeadStatus.Assigned or LeadStatus.Converted;

    public void LinkCustomer(Guid customerId) => CustomerId = customerId;

    public void Convert() => Status = LeadStatus.Converted;

    public void Close() => Status = LeadStatus.Closed;
}
