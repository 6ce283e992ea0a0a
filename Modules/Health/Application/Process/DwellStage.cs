using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Process;

/// <summary>
/// One stage: its thresholds (null when no pipeline names it), the total and per-column rows, the median days per week
/// (null: no stay ended that week) and the open deals in it now (of which red).
/// </summary>
internal sealed record DwellStage(string Name, PipelineStage? Stage, DwellRow Total, IReadOnlyList<DwellRow> Rows,
    IReadOnlyList<double?> WeeklyMedianDays);
