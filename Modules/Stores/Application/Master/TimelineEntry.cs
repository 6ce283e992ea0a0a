using NodaTime;

namespace SalesSuite.Stores.Application.Master;

/// <summary>
/// One event on a store's timeline: its kind (<see cref="StoreTimelineQueries.Kinds"/>), when, by whom, and what it says as
/// a resource key with arguments; <see cref="Badge"/> is a resource key shown as a tag, <see cref="ReportId"/> links a report.
/// </summary>
internal sealed record TimelineEntry(
    Instant At, string Kind, Guid? UserId, string Key, IReadOnlyList<object> Arguments, string? Badge = null, bool Warning = false,
    Guid? ReportId = null);
