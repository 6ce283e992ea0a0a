using NodaTime;

namespace SalesSuite.Stores.Application.Reports;

/// <summary>How a report passed the fence: compliance (InFence / Exception), the inside check-in and when it was.</summary>
internal sealed record FencePass(string Compliance, Guid? CheckInId, Instant? CheckedInAt);
