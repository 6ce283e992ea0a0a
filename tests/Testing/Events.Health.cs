using NodaTime;
using SalesSuite.Health.Contracts;

namespace SalesSuite.Testing;

/// <summary>Events published by Health.</summary>
public static partial class Events
{
    public static AssignmentPaused AssignmentPaused(Guid? userId = null, string reason = "48h首响率低于50%", Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, userId ?? Guid.NewGuid(), reason);

    public static AssignmentResumed AssignmentResumed(Guid? userId = null, string reason = "首响率恢复", Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, userId ?? Guid.NewGuid(), reason);

    public static QuotingFrozen QuotingFrozen(
        Guid? userId = null, string reason = "连续三张报价毛利低于 10%", Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, userId ?? Guid.NewGuid(), reason);

    public static QuotingUnfrozen QuotingUnfrozen(Guid? userId = null, string reason = "主管复核通过", Instant? occurredAt = null) =>
        new(Guid.NewGuid(), At(occurredAt), null, userId ?? Guid.NewGuid(), reason);
}
