using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A visit or call record: objective, short summary (≤300 chars), obstacle tags, optional location.</summary>
internal sealed class FollowUp : IAuditable
{
    public const int MaxSummary = 300;

    private FollowUp() { }

    public FollowUp(Guid id, Guid customerId, Guid? dealId, Guid ownerId, FollowUpObjective objective, string summary,
        string obstacleTags, string? location, bool warning, Instant at, Guid? authorId = null)
    {
        DomainException.ThrowIf(summary.Length > MaxSummary, "FollowUp_SummaryTooLong", MaxSummary);
        Id = id;
        CustomerId = customerId;
        DealId = dealId;
        OwnerId = ownerId;
        Objective = objective;
        Summary = summary;
        ObstacleTags = obstacleTags;
        Location = location;
        Warning = warning;
        At = at;
        AuthorId = authorId;
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid? DealId { get; private set; }
    public Guid OwnerId { get; private set; }
    /// <summary>Who wrote it (a manager may log for the owner); null for records older than the column.</summary>
    public Guid? AuthorId { get; private set; }
    public FollowUpObjective Objective { get; private set; }
    public string Summary { get; private set; } = "";
    public string ObstacleTags { get; private set; } = "";
    public string? Location { get; private set; }
    public bool Warning { get; private set; }
    public Instant At { get; private set; }

    public string AuditId => Id.ToString();

    public IReadOnlyList<string> Obstacles => ObstacleTags.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
