using NodaTime;

namespace SalesSuite.Stores.Application.Quality;

/// <summary>The month shown: its first day, the last day counted so far (today at most), the weight and the rows.</summary>
internal sealed record QualityMonth(YearMonth Month, LocalDate From, LocalDate To, int DaysSoFar, int WeightPercent, decimal Best,
    IReadOnlyList<QualityRow> Rows);
