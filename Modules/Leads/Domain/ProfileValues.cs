namespace SalesSuite.Leads.Domain;

/// <summary>A customer's editable profile (the key fields, blank = not known).</summary>
internal sealed record ProfileValues(
    string Name,
    string ContactName,
    string Phone,
    string? Industry,
    string? CreditCode,
    string? CustomerType,
    string? Tier,
    string? Address,
    string? DecisionMaker,
    string? BudgetBand,
    string? MainCompetitor);
