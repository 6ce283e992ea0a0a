namespace SalesSuite.Stores.Application.Reports;

/// <summary>One customer feedback line: category → option, and the customer's question in their words.</summary>
public sealed class FeedbackLineInput
{
    public string? Category { get; set; }
    public string? Option { get; set; }
    public string? Question { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Category) && string.IsNullOrWhiteSpace(Option) && string.IsNullOrWhiteSpace(Question);
}
