namespace SalesSuite.Leads.Api;

/// <summary>JSON body of POST /api/leads/intake; the source comes from the API key.</summary>
internal sealed record IntakeRequest(
    string? ContactName,
    string? Company,
    string? Phone,
    string? Industry,
    string? BudgetBand,
    string? NeedType,
    string? Notes,
    string? CreditCode);
