using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain;

/// <summary>Finance's rule: for a customer type / product / amount band / delivery period, the rebate range and paperwork.</summary>
internal sealed class RebateRule : IAuditable, IVersioned
{
    private RebateRule() { RequiredDocuments = string.Empty; }

    public RebateRule(Guid id, string? customerType, string? productCode, decimal minAmount, decimal? maxAmount, int? maxDeliveryDays,
        decimal minPercent, decimal maxPercent, string requiredDocuments, int payoutDaysAfterDelivery)
    {
        TextLimits.Check(customerType, TextLimits.RebateCode, "Rebate_Error_TextLength");
        TextLimits.Check(productCode, TextLimits.RebateCode, "Rebate_Error_TextLength");
        TextLimits.Check(requiredDocuments, TextLimits.RebateText, "Rebate_Error_TextLength");
        Id = id;
        CustomerType = string.IsNullOrWhiteSpace(customerType) ? null : customerType.Trim();
        ProductCode = string.IsNullOrWhiteSpace(productCode) ? null : productCode.Trim();
        MinAmount = minAmount;
        MaxAmount = maxAmount;
        MaxDeliveryDays = maxDeliveryDays;
        MinPercent = minPercent;
        MaxPercent = maxPercent;
        RequiredDocuments = requiredDocuments.Trim();
        PayoutDaysAfterDelivery = payoutDaysAfterDelivery;
    }

    public Guid Id { get; private set; }
    public string? CustomerType { get; private set; }
    public string? ProductCode { get; private set; }
    public decimal MinAmount { get; private set; }
    public decimal? MaxAmount { get; private set; }
    public int? MaxDeliveryDays { get; private set; }
    public decimal MinPercent { get; private set; }
    public decimal MaxPercent { get; private set; }
    public string RequiredDocuments { get; private set; }
    public int PayoutDaysAfterDelivery { get; private set; }
    public int Version { get; set; }
    public string AuditId => Id.ToString();

    public bool Matches(RebateRequest request) =>
        (CustomerType is null || string.Equals(CustomerType, request.CustomerType, StringComparison.OrdinalIgnoreCase))
        && (ProductCode is null || string.Equals(ProductCode, request.ProductCode, StringComparison.OrdinalIgnoreCase))
        && request.Amount >= MinAmount
        && (MaxAmount is not { } max || request.Amount < max)
        && (MaxDeliveryDays is not { } days || request.DeliveryDays <= days);

    /// <summary>More specific rules win: customer type and product each count.</summary>
    public int Specificity => (CustomerType is null ? 0 : 2) + (ProductCode is null ? 0 : 1);
}
