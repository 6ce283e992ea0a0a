using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>One line of the allocation log: who got a lead, by rule (scores JSON) or by a manager (reason).</summary>
internal sealed class AllocationEntry
{
    private AllocationEntry() { }

    public AllocationEntry(Guid id, Guid leadId, Guid toUserId, Guid? fromUserId, bool byRule, string? reason,
        string scoresJson, decimal total, string? industry, bool industryMatched, Guid? actorUserId, Instant at)
    {
        Id = id;
        LeadId = leadId;
        ToUserId = toUserId;
        FromUserId = fromUserId;
        ByRule = byRule;
        Reason = reason;
        ScoresJson = scoresJson;
        TotalScore = total;
        Industry = industry;
        IndustryMatched = industryMatched;
        ActorUserId = actorUserId;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid LeadId { get; private set; }
    public Guid ToUserId { get; private set; }
    public Guid? FromUserId { get; private set; }
    public bool ByRule { get; private set; }
    public string? Reason { get; private set; }
    public string ScoresJson { get; private set; } = "[]";
    public decimal TotalScore { get; private set; }
    public string? Industry { get; private set; }
    public bool IndustryMatched { get; private set; }
    public Guid? ActorUserId { get; private set; }
    public Instant At { get; private set; }
}
