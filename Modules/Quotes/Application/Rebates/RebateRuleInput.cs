namespace SalesSuite.Quotes.Application.Rebates;

/// <summary>A new rebate rule as Finance enters it (empty customer type / product = any).</summary>
public sealed class RebateRuleInput
{
    public string? RuleCustomerType { get; set; }
    public string? RuleProductCode { get; set; }
    public decimal MinAmount { get; set; }
    public decimal? MaxAmount { get; set; }
    public int? MaxDeliveryDays { get; set; }
    public decimal MinPercent { get; set; }
    public decimal MaxPercent { get; set; }
    public string? Documents { get; set; }
    public int PayoutDays { get; set; }
}
