using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Application.Process;

/// <summary>Addresses of the process pages (evidence links of suggestions and breakpoints, cells' drill-downs).</summary>
internal static class ProcessLinks
{
    public static string Cell(StepKind kind, string step, ColumnBy by, Guid? column, int weeks, HeatMetric metric) =>
        $"/Health/Heatmap/Cell?kind={kind}&step={Uri.EscapeDataString(step)}&by={By(by)}"
        + (column is { } c ? $"&column={c}" : "") + $"&weeks={weeks}&metric={metric.ToString().ToLowerInvariant()}";

    public static string Dwell(string stage, int weeks) => $"/Health/Dwell?weeks={weeks}&stage={Uri.EscapeDataString(stage)}";

    public static string By(ColumnBy by) => by == ColumnBy.Person ? "person" : "team";
}
