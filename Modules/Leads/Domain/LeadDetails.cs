namespace SalesSuite.Leads.Domain;

/// <summary>What intake (form, CSV, API) knows about a new lead.</summary>
internal sealed record LeadDetails(
    string ContactName,
    string Company,
    string Phone,
    string Source,
    string? Industry,
    string? BudgetBand,
    string? NeedType,
    string? Notes,
    string? CreditCode = null);
