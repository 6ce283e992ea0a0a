using NodaTime;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>One person's indicators with their trends and the records behind the bad numbers (latest first, a few per indicator).</summary>
internal sealed record PersonIndicators(Guid UserId, string Name, string? Team, LocalDate FromWeek, LocalDate ToWeek,
    IReadOnlyList<LocalDate> TrendWeeks, IReadOnlyList<IndicatorCell> Cells, IReadOnlyList<IndicatorSample> BadRecords)
{
    public const int RecordsPerIndicator = 20;
}
