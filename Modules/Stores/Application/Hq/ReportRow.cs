using NodaTime;

namespace SalesSuite.Stores.Application.Hq;

/// <summary>A line of the report list.</summary>
internal sealed record ReportRow(
    Guid Id, Guid StoreId, LocalDate Day, Guid UserId, string Compliance, int? DwellMinutes, Instant SubmittedAt, int Feedback, int Files,
    int Promotions, int Executed);
