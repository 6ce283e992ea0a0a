using NodaTime;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Day;

/// <summary>Today's check-in state of one store: the first inside check-in (it starts the dwell) and when the report opens.</summary>
internal sealed record DayStatus(
    Store Store,
    LocalDate Today,
    CheckIn? InsideCheckIn,
    CheckIn? LastCheckIn,
    int DwellSecondsLeft,
    ExceptionToday? Exception,
    TodayReport? Report)
{
    /// <summary>The report form may be opened (the server checks again on submit).</summary>
    public bool ReportOpen => Report is null && (Exception is not null || (InsideCheckIn is not null && DwellSecondsLeft == 0));
}

/// <summary>The supervisor's exception for today: who granted it and why.</summary>
internal sealed record ExceptionToday(string GrantedByName, Instant GrantedAt, string Reason);

/// <summary>Today's submitted report (one per store and day).</summary>
internal sealed record TodayReport(Guid Id, Instant SubmittedAt, string Compliance);

/// <summary>One day of the store's history: the report (null = missing) with its photo and feedback counts.</summary>
internal sealed record HistoryDay(LocalDate Day, Guid? ReportId, string? Compliance, int Photos, int Feedback);

/// <summary>The whole tablet day page of one store.</summary>
internal sealed record DayView(
    DayStatus Status,
    IReadOnlyList<Promotion> Promotions,
    IReadOnlyList<NewProduct> Products,
    IReadOnlyList<StoreTask> Tasks,
    IReadOnlyList<HistoryDay> History);
