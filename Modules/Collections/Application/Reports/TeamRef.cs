namespace SalesSuite.Collections.Application.Reports;

internal sealed record TeamRef(Guid Id, string Name);
