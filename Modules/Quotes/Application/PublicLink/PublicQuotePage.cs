using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>
/// What the customer's page shows of one quote, read once and shared (read-only) by every request while the quote's
/// <see cref="Stamp"/> (its concurrency version, bumped by every change of the quote row: approval, new version,
/// revocation, acceptance, hand-over) is the stored one. Versions are immutable snapshots (ADR 0010), so the quote
/// row's version covers them. Lines, totals and schedule are parsed from JSON once, not per render.
/// </summary>
internal sealed record PublicQuotePage(
    Quote Quote, QuoteVersion? Version, OrgUser? Salesperson, IReadOnlyList<PublicQuotePage.Change> History,
    IReadOnlyList<QuoteLine> Lines, QuoteTotals? Totals, IReadOnlyList<PaymentItem> Schedule)
{
    public int Stamp => Quote.Version;

    public static PublicQuotePage Of(Quote quote, OrgUser? salesperson, IReadOnlyCollection<string> seenLabels)
    {
        var version = quote.ApprovedVersion;
        return new PublicQuotePage(
            quote, version, salesperson, HistoryOf(quote, version, seenLabels),
            version?.Lines ?? [], version?.Totals, version?.Schedule ?? []);
    }

    /// <summary>The changes between the versions viewers have seen (and the one shown), oldest first; no cost.</summary>
    private static List<Change> HistoryOf(Quote quote, QuoteVersion? shown, IReadOnlyCollection<string> seenLabels)
    {
        var versions = quote.Versions.Where(v => seenLabels.Contains(v.Label) || v.Id == shown?.Id)
            .OrderBy(v => v.Major).ThenBy(v => v.Minor).ToList();
        var history = new List<Change>();
        for (var i = 1; i < versions.Count; i++)
        {
            var rows = VersionDiff.Compare(versions[i - 1], versions[i], includeCost: false);
            if (rows.Count > 0)
            {
                history.Add(new Change(versions[i - 1].Label, versions[i].Label, rows));
            }
        }
        return history;
    }

    internal sealed record Change(string From, string To, IReadOnlyList<DiffRow> Rows);
}
