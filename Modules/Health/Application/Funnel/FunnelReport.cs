using NodaTime;
using SalesSuite.Health.Application.Indicators;

namespace SalesSuite.Health.Application.Funnel;

/// <summary>The funnel of the leads assigned in the period, per team or person and in total.</summary>
internal sealed record FunnelReport(ReportBy By, LocalDate FromWeek, LocalDate ToWeek, IReadOnlyList<FunnelLine> Lines, FunnelLine Total);
