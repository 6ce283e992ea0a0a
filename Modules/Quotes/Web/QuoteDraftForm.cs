namespace SalesSuite.Quotes.Web;

/// <summary>The quote editor's form.</summary>
public sealed class QuoteDraftForm
{
    public List<QuoteLineForm> Lines { get; set; } = [];
    public string? Terms { get; set; }
    public string? Schedule { get; set; }
    public string? ValidUntil { get; set; }
    public bool Urgent { get; set; }
    public string? Tags { get; set; }
}
