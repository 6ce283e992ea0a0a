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
    /// <summary>The sequence of the newest Leads event applied (see DealOpened.Sequence).</summary>
    public long Sequence { get; private set; }

    /// <summary>
    /// True (and remembered) unless the event is older than one already applied: a retried event that was overtaken by
    /// a later one must not revert it. 0 = an event without a sequence, applied as before.
    /// </summary>
    public bool Accepts(long sequence)
    {
        if (sequence != 0 && sequence < Sequence)
        {
            return false;
        }
        Sequence = Math.Max(Sequence, sequence);
        return true;
    }
}
