using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>A4 printable quote of the effective version (customer-facing: no cost or margin).</summary>
public sealed class PrintModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly QuoteAccess _access;

    internal PrintModel(QuotesDbContext db, QuoteAccess access, BusinessClock clock, People people)
    {
        _db = db;
        _access = access;
        Clock = clock;
        People = people;
    }

    internal BusinessClock Clock { get; }
    internal People People { get; }
    internal Quote Quote { get; private set; } = null!;
    internal QuoteVersion? Version { get; private set; }
    internal string PublicUrl => PublicLinks.UrlFor(Request, Quote.PublicToken);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var quote = await _db.LoadAsync(id, ct);
        if (quote is null || !await _access.CanSeeAsync(quote, ct))
        {
            return NotFound();
        }
        Quote = quote;
        Version = quote.ApprovedVersion ?? quote.LatestVersion;
        await People.LoadAsync(ct);
        return Page();
    }
}
