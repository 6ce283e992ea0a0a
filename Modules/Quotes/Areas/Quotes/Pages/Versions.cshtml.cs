using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>Every version with who made it, and the diff between two of them (default: the last two).</summary>
public sealed class VersionsModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly QuoteAccess _access;

    internal VersionsModel(QuotesDbContext db, QuoteAccess access, BusinessClock clock, People people)
    {
        _db = db;
        _access = access;
        Clock = clock;
        People = people;
    }

    internal BusinessClock Clock { get; }
    internal People People { get; }
    internal Quote Quote { get; private set; } = null!;
    internal List<QuoteVersion> Ordered { get; private set; } = [];
    internal QuoteVersion? From { get; private set; }
    internal QuoteVersion? To { get; private set; }
    internal IReadOnlyList<DiffRow> Diff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? from, Guid? to, CancellationToken ct)
    {
        var quote = await _db.LoadAsync(id, ct);
        if (quote is null || !await _access.CanSeeAsync(quote, ct))
        {
            return NotFound();
        }
        Quote = quote;
        await People.LoadAsync(ct);
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
