namespace SalesSuite.Stores.Application.Hq;

internal sealed record SupervisorReport(HqView View, IReadOnlyList<SupervisorLine> Lines);
