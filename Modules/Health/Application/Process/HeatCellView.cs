using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Application.Process;

/// <summary>A cell as shown: its sums, its value in % for the chosen metric, its colour and its drill-down address.</summary>
internal sealed record HeatCellView(StepCell Cell, double Value, Rag Colour, string Url);
