using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.List;

/// <summary>
/// Keyset paging of the quotes list: each sort is its key plus the unique number, and a page starts strictly after the
/// last row of the one before (its cursor), so ties in the key neither repeat nor skip a row and no OFFSET is scanned.
/// </summary>
internal static class QuoteKeyset
{
    public static IOrderedQueryable<Quote> Sorted(this IQueryable<Quote> query, QuoteSort sort) => sort switch
    {
        QuoteSort.ValidUntil => query.OrderBy(q => q.ValidUntil).ThenBy(q => q.Number),
        QuoteSort.Number => query.OrderBy(q => q.Number),
        _ => query.OrderByDescending(q => q.UpdatedAt).ThenByDescending(q => q.Number),
    };

    /// <summary>The rows after <paramref name="cursor"/> in <paramref name="sort"/>; an unreadable cursor starts at the top.</summary>
    public static IQueryable<Quote> After(this IQueryable<Quote> query, QuoteSort sort, string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return query;
        }
        if (sort == QuoteSort.Number)
        {
            return query.Where(q => string.Compare(q.Number, cursor) > 0);
        }
        var split = cursor.IndexOf('_', StringComparison.Ordinal);
        if (split <= 0 || split == cursor.Length - 1)
        {
            return query;
        }
        var number = cursor[(split + 1)..];
        var key = cursor[..split];
        if (sort == QuoteSort.ValidUntil)
        {
            var parsed = LocalDatePattern.Iso.Parse(key);
            if (!parsed.Success)
            {
                return query;
            }
            var date = parsed.Value;
            // "key >= d AND (key > d OR number > n)": the first term is an index range, the second breaks the ties.
            return query.Where(q => q.ValidUntil >= date && (q.ValidUntil > date || string.Compare(q.Number, number) > 0));
        }
        if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > Instant.MaxValue.ToUnixTimeTicks())
        {
            return query;
        }
        var at = Instant.FromUnixTimeTicks(ticks);
        return query.Where(q => q.UpdatedAt <= at && (q.UpdatedAt < at || string.Compare(q.Number, number) < 0));
    }

    /// <summary>The cursor naming <paramref name="row"/>'s place in <paramref name="sort"/>.</summary>
    public static string CursorOf(QuoteListRow row, QuoteSort sort) => sort switch
    {
        QuoteSort.ValidUntil => LocalDatePattern.Iso.Format(row.ValidUntil) + "_" + row.Number,
        QuoteSort.Number => row.Number,
        _ => row.UpdatedAt.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture) + "_" + row.Number,
    };
}
