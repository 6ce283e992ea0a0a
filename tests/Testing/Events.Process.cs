using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.Quotes.Contracts;

namespace SalesSuite.Testing;

/// <summary>The process events Health reads (leads, follow-ups, stage tasks, corrections, quote approval).</summary>
public static partial class Events
{
    public static PipelineChanged PipelineChanged(Guid pipelineId, IReadOnlyList<StageThreshold>? stages = null, string name = "默认流程",
        Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, pipelineId, name, stages ??
        [
            new("技术确认", 1, null, null, false), new("样品测试", 2, null, null, true), new("商务谈判", 3, 8, 12, false),
            new("合同签署", 4, null, null, false),
        ]);

    public static LeadCreated LeadCreated(Guid? leadId = null, string source = "官网表单", Guid? customerId = null, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, leadId ?? Guid.NewGuid(), source, [], customerId, null);

    public static LeadAssigned LeadAssigned(Guid leadId, Guid toUserId, bool byRule = true, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, leadId, toUserId, null, byRule, byRule ? null : "经理指派", []);

    public static LeadClaimed LeadClaimed(Guid leadId, Guid userId, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), userId, leadId, userId, At(occurredAt) + Duration.FromHours(48));

    public static LeadReleased LeadReleased(Guid leadId, Guid userId, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, leadId, userId, LeadReleaseReason.Timeout);

    public static FollowUpLogged FollowUpLogged(
        Guid ownerId, Guid? customerId = null, Guid? dealId = null, Guid? leadId = null, string objective = "AdvanceSolution",
        IReadOnlyList<string>? obstacleTags = null, bool warning = false, Guid? followUpId = null, Instant? occurredAt = null,
        Guid? actorUserId = null, int attachmentCount = 0) =>
        new(Guid.NewGuid(), At(occurredAt), actorUserId ?? ownerId, followUpId ?? Guid.NewGuid(), dealId, customerId ?? Guid.NewGuid(), ownerId,
            objective, obstacleTags ?? ["预算未明确"], null, warning, leadId, attachmentCount);

    public static DealClosedWon DealClosedWon(Guid dealId, Guid customerId, Guid ownerId, Duration? cycleTime = null, decimal amount = 100_000m,
        Instant? occurredAt = null, long sequence = 0) =>
        new(Guid.NewGuid(), At(occurredAt), ownerId, dealId, customerId, ownerId, amount, "CNY", cycleTime ?? Duration.FromDays(30), sequence);

    public static DealClosedLost DealClosedLost(Guid dealId, Guid customerId, Guid ownerId, Duration? cycleTime = null, string reason = "价格",
        Instant? occurredAt = null, long sequence = 0) =>
        new(Guid.NewGuid(), At(occurredAt), ownerId, dealId, customerId, ownerId, reason, cycleTime ?? Duration.FromDays(30), sequence);

    public static StageTaskCompleted StageTaskCompleted(Guid dealId, Guid ownerId, Guid completedBy, string role = "Tech",
        Duration? responseTime = null, Guid? customerId = null, string title = "设备参数确认", Instant? occurredAt = null)
    {
        var at = At(occurredAt);
        var response = responseTime ?? Duration.FromHours(3);
        return new(Guid.NewGuid(), at, completedBy, Guid.NewGuid(), dealId, customerId ?? Guid.NewGuid(), ownerId, role, title, completedBy,
            at - response, response);
    }

    public static RecordCorrected RecordCorrected(Guid ownerId, Guid? recordId = null, string recordType = "FollowUp", Guid? customerId = null,
        string? reason = null, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), ownerId, recordType, recordId ?? Guid.NewGuid(), ownerId, customerId, ["Summary"], reason);

    public static CustomerProfileChanged CustomerProfileChanged(Guid customerId, Guid? ownerId, int filled, int total = 11,
        string? customerType = "医院", string? tier = "三甲", Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), ownerId, customerId, ownerId, filled, total,
            Enumerable.Range(1, Math.Max(0, total - filled)).Select(i => $"field{i}").ToList(), customerType, tier);

    public static QuoteSubmitted QuoteSubmitted(Guid quoteId, Guid dealId, Guid ownerId, Guid? customerId = null, string version = "V1.0",
        decimal amount = 100_000m, decimal margin = 30m, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), ownerId, quoteId, dealId, customerId ?? Guid.NewGuid(), version, amount, "CNY", margin, ownerId);

    public static QuoteStepDecided QuoteStepDecided(Guid quoteId, string step, Duration waitedFor, Guid? approverId = null, Duration? sla = null,
        QuoteDecision decision = QuoteDecision.Approved, string version = "V1.0", Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), approverId, quoteId, version, step, decision, approverId ?? Guid.NewGuid(), waitedFor, null, sla);

    public static QuoteSlaBreached QuoteSlaBreached(Guid quoteId, string step, Duration? overdueBy = null, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, quoteId, step, null, overdueBy ?? Duration.FromHours(2));

    public static QuoteApproved QuoteApproved(Guid quoteId, Guid dealId, Guid ownerId, Guid? customerId = null, string version = "V1.0",
        Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, quoteId, dealId, customerId ?? Guid.NewGuid(), ownerId, version, 100_000m, "CNY");
}
