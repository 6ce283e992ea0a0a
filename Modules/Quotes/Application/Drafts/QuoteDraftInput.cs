namespace SalesSuite.Quotes.Application.Drafts;

/// <summary>The quote editor's form (bound as <c>Form</c>); <see cref="QuoteDraftInputValidator"/> checks it.</summary>
public sealed class QuoteDraftInput
{
    public List<QuoteLineInput> Lines { get; set; } = [];
    public string? Terms { get; set; }
    public string? Schedule { get; set; }
    public string? ValidUntil { get; set; }
    public bool Urgent { get; set; }
    public string? Tags { get; set; }
}
