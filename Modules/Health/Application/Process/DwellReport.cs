using NodaTime;

namespace SalesSuite.Health.Application.Process;

/// <summary>Stage dwell over a period: a section per stage (pipeline order) and the period's weeks (Mondays) for the trend.</summary>
internal sealed record DwellReport(IReadOnlyList<DwellStage> Stages, IReadOnlyList<LocalDate> Weeks);
