using NodaTime;
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

    public void ClaimBy(Guid userId, Instant now, Duration window)
    {
        if (Status != LeadStatus.Pool)
        {
            throw new InvalidOperationException("Only a pool lead can be claimed.");
        }
        Status = LeadStatus.Claimed;
        OwnerId = userId;
        ClaimedAt = now;
        ReleaseDeadline = DeadlineFor(now, window);
        QualifiedAt = null;
    }

    public void AssignTo(Guid userId, Instant now)
    {
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

    public void ReleaseToPool()
    {
        Status = LeadStatus.Pool;
        OwnerId = null;
        ClaimedAt = null;
        ReleaseDeadline = null;
        QualifiedAt = null;
    }

    public void LinkCustomer(Guid customerId) => CustomerId = customerId;

    public void Convert() => Status = LeadStatus.Converted;

    public void Close() => Status = LeadStatus.Closed;
}
