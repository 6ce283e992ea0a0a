using NodaTime;

namespace SalesSuite.Leads.Application.Queries;

public sealed record PoolCard(
    Guid Id, string Company, string ContactName, string Phone, string Source, string? Industry, string? BudgetBand, string? NeedType,
    Instant CreatedAt);
