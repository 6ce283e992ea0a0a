using NodaTime;
using SalesSuite.Stores.Contracts;

namespace SalesSuite.Testing;

/// <summary>Stores' events, for the modules that consume them (Health, Goals).</summary>
public static partial class Events
{
    public static StoreCheckedIn StoreCheckedIn(Guid storeId, Guid userId, LocalDate day, bool inside = true, string storeCode = "HZ-001",
        string region = "杭州", Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), userId, Guid.NewGuid(), storeId, storeCode, region, userId, day, inside, inside ? 35 : 2000, 12);

    public static DailyReportSubmitted DailyReportSubmitted(Guid storeId, Guid userId, LocalDate day, Guid? reportId = null,
        string compliance = "InFence", int photos = 3, int feedback = 1, int promotionsExecuted = 1, int promotionsDue = 2,
        Guid? supervisorUserId = null, string storeCode = "HZ-001", string region = "杭州", Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), userId, reportId ?? Guid.NewGuid(), storeId, storeCode, region, userId, supervisorUserId, day,
            compliance, photos, 0, feedback, promotionsExecuted, promotionsDue, compliance == "InFence" ? Duration.FromMinutes(12) : null);

    public static FeedbackRecorded FeedbackRecorded(Guid storeId, Guid reportId, LocalDate day, string category = "price",
        string option = "competitor-a", string? question = "隔壁便宜一块钱", string region = "杭州", Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, Guid.NewGuid(), reportId, storeId, region, day, category, option, question);

    public static PromotionExecutionReported PromotionExecutionReported(Guid storeId, Guid userId, Guid reportId, LocalDate day,
        Guid promotionId, bool executed = true, string promotionCode = "P11-01", string promotionType = "gift", string region = "杭州",
        Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), userId, reportId, storeId, region, userId, day, promotionId, promotionCode, promotionType,
            executed, executed);

    public static IssueClusterRaised IssueClusterRaised(LocalDate weekStart, IReadOnlyList<Guid> storeIds, string category = "inconvenient",
        int count = 15, Guid? responsibleUserId = null, Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, Guid.NewGuid(), category, weekStart, count, 15, storeIds, responsibleUserId, true);
}
