using NodaTime;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Stores.Contracts;

/// <summary>
/// A store's daily report was accepted. <see cref="Compliance"/> is <c>InFence</c> (inside the fence after the minimum
/// dwell) or <c>Exception</c> (the area supervisor's one-day exception); <see cref="SupervisorUserId"/> is the store's
/// area supervisor at the time.
/// </summary>
public sealed record DailyReportSubmitted(
    Guid EventId,
    Instant OccurredAt,
    Guid? ActorUserId,
    Guid ReportId,
    Guid StoreId,
    string StoreCode,
    string Region,
    Guid UserId,
    Guid? SupervisorUserId,
    LocalDate Day,
    string Compliance,
    int PhotoCount,
    int RecordingCount,
    int FeedbackCount,
    int PromotionsExecuted,
    int PromotionsDue,
    Duration? DwellBeforeSubmit) : IIntegrationEvent;
