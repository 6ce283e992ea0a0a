using NodaTime;

namespace SalesSuite.Stores.Application.Flags;

/// <summary>One same-question flag: the store, the question, the run of days, and the supervisor's acknowledgement.</summary>
internal sealed record FlagRow(
    Guid Id,
    Guid StoreId,
    string StoreCode,
    string StoreName,
    string Region,
    string Question,
    LocalDate FirstDay,
    LocalDate LastDay,
    string SupervisorName,
    Instant RaisedAt,
    Instant? AcknowledgedAt,
    string? Note)
{
    public int Days => Period.Between(FirstDay, LastDay, PeriodUnits.Days).Days + 1;
}
