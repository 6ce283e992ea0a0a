using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A visit or call record: objective, short summary (≤300 chars), obstacle tags, optional location.</summary>
internal sealed class FollowUp : IAuditable, IVersioned
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
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public IReadOnlyList<string> Obstacles => ObstacleTags.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Corrects the record (a correction of history): returns the correction keeping the old values and naming the
    /// changed fields; refuses when nothing changed or the summary is too long.
    /// </summary>
    public FollowUpCorrection Correct(
        FollowUpObjective objective, string summary, IReadOnlyList<string> obstacles, bool warning, string? reason, Guid by, Instant at)
    {
        var text = summary.Trim();
        DomainException.ThrowIf(text.Length == 0, "FollowUp_SummaryRequired");
        DomainException.ThrowIf(text.Length > MaxSummary, "FollowUp_SummaryTooLong", MaxSummary);
        var tags = string.Join(',', obstacles.Distinct());
        var fields = new List<string>();
        if (objective != Objective)
        {
            fields.Add(FollowUpCorrection.ObjectiveField);
        }
        if (text != Summary)
        {
            fields.Add(FollowUpCorrection.SummaryField);
        }
        if (!obstacles.ToHashSet().SetEquals(Obstacles))
        {
            fields.Add(FollowUpCorrection.ObstacleTagsField);
        }
        if (warning != Warning)
        {
            fields.Add(FollowUpCorrection.WarningField);
        }
        DomainException.ThrowIf(fields.Count == 0, "Correction_NothingChanged");
        var correction = new FollowUpCorrection(Guid.NewGuid(), Id, by, at, fields, reason, Objective, Summary, ObstacleTags, Warning);
        Objective = objective;
        Summary = text;
        ObstacleTags = tags;
        Warning = warning;
        return correction;
    }
}
