namespace SalesSuite.Collections.Application.Credit;

/// <summary>The credit page's filters: a search in code or name, only customers with a limit, only those over it.</summary>
internal sealed class CreditFilter
{
    public string? Q { get; set; }
    public bool WithLimit { get; set; }
    public bool OverLimit { get; set; }
}
