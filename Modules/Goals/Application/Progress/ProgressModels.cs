using NodaTime;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Progress;

/// <summary>
/// The people a progress page shows: the period, today, the teams the user may pick and the people in view.
/// </summary>
internal sealed record ProgressScope(GoalPeriod Period, LocalDate Today, Guid? TeamId, IReadOnlyList<GoalTeam> Teams,
    IReadOnlyList<ProgressPerson> People)
{
    /// <summary>The last day counted so far: today inside the period, its end once it is over.</summary>
    public LocalDate CountedTo => Today < Period.End ? (Today < Period.Start ? Period.Start : Today) : Period.End;
}

internal sealed record ProgressPerson(Guid Id, string Name, Guid? TeamId);

/// <summary>A column of the completion heatmap: an active key action type.</summary>
internal sealed record HeatmapColumn(Guid Id, string Name);

/// <summary>Done evidence over the quantity owed in the period's contracts; <see cref="Band"/> colours it.</summary>
internal sealed record HeatmapCell(int Done, int Owed)
{
    public int? Percent => ProgressMath.Percent(Done, Owed);

    public CompletionBand Band => ProgressMath.Band(Percent);

    public static HeatmapCell Sum(IEnumerable<HeatmapCell> cells)
    {
        var list = cells.ToList();
        return new HeatmapCell(list.Sum(c => c.Done), list.Sum(c => c.Owed));
    }
}

internal sealed record HeatmapRow(ProgressPerson Person, IReadOnlyDictionary<Guid, HeatmapCell> Cells, HeatmapCell Total)
{
    public HeatmapCell Cell(Guid actionTypeId) => Cells.GetValueOrDefault(actionTypeId) ?? new HeatmapCell(0, 0);
}

/// <summary>
/// The person × action-type heatmap of a period; <see cref="AllTypes"/> when every active type is a column. <see cref="Rows"/>
/// are the first people in view (<see cref="PageSize"/> more each time the user asks), the totals are of everyone in view.
/// </summary>
internal sealed record ProgressHeatmap(ProgressScope Scope, bool AllTypes, IReadOnlyList<HeatmapColumn> Columns,
    IReadOnlyList<HeatmapRow> Rows, IReadOnlyDictionary<Guid, HeatmapCell> ColumnTotals, HeatmapCell Total)
{
    public const int PageSize = 50;

    /// <summary>People in view who are not drawn yet (0 when every row is shown).</summary>
    public int NotShown => Scope.People.Count - Rows.Count;
}

/// <summary>One metric of a person's targets: target, the part due by today, the actual, the result percent and the flag.</summary>
internal sealed record ResultCell(ResultMetric Metric, decimal Target, decimal Expected, decimal Actual, int? ResultPercent, ActivityFlag Flag);

/// <summary>
/// A person's activity (evidence done over what their contract, or the weekly template when they have none, asks for by
/// today) against each metric of their targets.
/// </summary>
internal sealed record ResultRow(ProgressPerson Person, int Done, decimal ActivityExpected, int? ActivityPercent, bool FromContract,
    IReadOnlyList<ResultCell> Cells)
{
    public ResultCell? Cell(ResultMetric metric) => Cells.FirstOrDefault(c => c.Metric == metric);
}

internal sealed record ResultsHeatmap(ProgressScope Scope, IReadOnlyList<ResultMetric> Metrics, IReadOnlyList<ResultRow> Rows,
    int HighActivityPercent, int LowConversionPercent);

/// <summary>What the evidence drill-down lists (person, action type or result metric, days, team); 50 a page.</summary>
internal sealed record EvidenceQuery(Guid? UserId, Guid? ActionTypeId, ResultMetric? Metric, LocalDate From, LocalDate To, Guid? TeamId,
    int Page)
{
    public const int PageSize = 50;
    public const int CsvMax = 10_000;
}

/// <summary>One evidence record behind a number: the fact, whom it was credited to and for which action type (none for a result).</summary>
internal sealed record EvidenceRow(Guid FactId, Instant OccurredAt, LocalDate Day, string EventType, Guid? ActionTypeId, Guid? UserId,
    string? CustomerName, string? Summary, string? Link, decimal? Amount);

internal sealed record EvidencePage(IReadOnlyList<EvidenceRow> Rows, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + EvidenceQuery.PageSize - 1) / EvidenceQuery.PageSize);
}
