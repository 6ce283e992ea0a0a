namespace SalesSuite.Collections.Application.Credit;

/// <summary>The limit form of one customer: the limit (empty: no limit) and the version the page showed.</summary>
public sealed class CreditLimitInput
{
    public Guid CustomerId { get; set; }
    public int Version { get; set; }
    public decimal? Limit { get; set; }
}
