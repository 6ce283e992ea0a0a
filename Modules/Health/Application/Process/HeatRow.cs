using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Application.Process;

/// <summary>A step's row: one cell per column (null: no samples there) and the step's total over the columns.</summary>
internal sealed record HeatRow(StepKind Kind, string Step, string Name, IReadOnlyList<HeatCellView?> Cells, HeatCellView Total);
