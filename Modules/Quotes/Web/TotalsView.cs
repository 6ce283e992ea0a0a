using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Web;

/// <summary>Lines with totals and the margin flags the editor and staff pages show.</summary>
internal sealed record TotalsView(IReadOnlyList<QuoteLine> Lines, MarginPolicy Margin)
{
    public QuoteTotals Totals { get; } = QuoteTotals.Of(Lines);

    public bool QuoteBelow => Lines.Count > 0 && Margin.IsBelow(Totals);
}
