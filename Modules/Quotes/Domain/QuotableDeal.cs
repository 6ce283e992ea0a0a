namespace SalesSuite.Quotes.Domain;

/// <summary>Read model of a Leads deal, fed only by Leads' integration events.</summary>
internal sealed class QuotableDeal
{
    private QuotableDeal() { CustomerCode = CustomerName = Title = string.Empty; }

    public QuotableDeal(
        Guid dealId, Guid customerId, string customerCode, string customerName, Guid ownerId, string title, bool canQuote, string? reason)
    {
        DealId = dealId;
        CustomerId = customerId;
        CustomerCode = customerCode;
        CustomerName = customerName;
        OwnerId = ownerId;
        Title = title;
        CanQuote = canQuote;
        Reason = reason;
    }

    public Guid DealId { get; private set; }
    public Guid CustomerId { get; set; }
    public string CustomerCode { get; set; }
    public string CustomerName { get; set; }
    public string? CustomerType { get; set; }
    public Guid OwnerId { get; set; }
    public string Title { get; private set; }
    public string? Stage { get; set; }
    public bool CanQuote { get; set; }
    public string? Reason { get; set; }
}
