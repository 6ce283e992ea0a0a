using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.List;

/// <summary>
/// The list's filters and order as the URL carries them (status, owner for managers, number / customer search, sort);
/// parsed leniently: an unknown value is no filter.
/// </summary>
internal sealed record QuoteListFilter(QuoteStatus? Status, Guid? Owner, string? Search, QuoteSort Sort)
{
    public const int SearchMaxLength = 50;

    public static QuoteListFilter Parse(string? status, Guid? owner, string? search, string? sort)
    {
        var text = search?.Trim();
        return new QuoteListFilter(
            Enum.TryParse<QuoteStatus>(status, true, out var s) && Enum.IsDefined(s) ? s : null,
            owner,
            string.IsNullOrEmpty(text) ? null : text[..Math.Min(text.Length, SearchMaxLength)],
            Enum.TryParse<QuoteSort>(sort, true, out var o) && Enum.IsDefined(o) ? o : QuoteSort.Updated);
    }
}
