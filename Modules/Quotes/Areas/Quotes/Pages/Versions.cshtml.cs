using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>Every version with who made it, and the diff between two of them (default: the last two).</summary>
public sealed class VersionsModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly RecordAccess _access;

    internal VersionsModel(QuotesDbContext db, RecordAccess access, BusinessClock clock)
    {
        _db = db;
        _access = access;
        Clock = clock;
    }

    internal BusinessClock Clock { get; }
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    internal string Name(Guid? id) => Names.NameOf(id);

    internal Quote Quote { get; private set; } = null!;
    internal List<QuoteVersion> Ordered { get; private set; } = [];
    internal QuoteVersion? From { get; private set; }
    internal QuoteVersion? To { get; private set; }
    internal IReadOnlyList<DiffRow> Diff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? from, Guid? to, CancellationToken ct)
    {
        var quote = await _db.LoadAsync(id, ct);
        if (quote is null || !await _access.CanReadAsync(quote, _db, ct))
        {
            return NotFound();
        }
        Quote = quote;
        Names = await _access.NamesAsync(ct);
        Ordered = quote.Versions.OrderBy(v => v.Major).ThenBy(v => v.Minor).ToList();
        To = Ordered.FirstOrDefault(v => v.Id == to) ?? Ordered.LastOrDefault();
        From = Ordered.FirstOrDefault(v => v.Id == from) ?? (Ordered.Count > 1 ? Ordered[^2] : null);
        if (From is not null && To is not null)
        {
            Diff = VersionDiff.Compare(From, To, includeCost: true);
        }
        return Page();
    }
}
