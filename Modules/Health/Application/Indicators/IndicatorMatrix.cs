using NodaTime;

namespace SalesSuite.Health.Application.Indicators;

/// <summary>The nine indicators × teams or people, with the reader's whole scope as the total.</summary>
internal sealed record IndicatorMatrix(ReportBy By, LocalDate FromWeek, LocalDate ToWeek, IReadOnlyList<LocalDate> TrendWeeks,
    IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<IndicatorCell> Total, IReadOnlyList<ThresholdView> Thresholds);
