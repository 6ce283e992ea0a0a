namespace SalesSuite.Quotes.Application.List;

/// <summary>One page of the list and the cursor of the next page (null: this is the last page).</summary>
internal sealed record QuoteListPage(IReadOnlyList<QuoteListRow> Rows, string? Next);
