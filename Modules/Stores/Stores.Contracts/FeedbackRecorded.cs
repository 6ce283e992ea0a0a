using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Stores.Contracts;

/// <summary>One structured customer feedback line of a daily report (category → option, e.g. 价格异议 → 高于竞品A).</summary>
public sealed record FeedbackRecorded(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid FeedbackId,
    Guid ReportId,
    Guid StoreId,
    string Region,
    LocalDate Day,
    string CategoryCode,
    string OptionCode,
    string? Question) : IIntegrationEvent;
