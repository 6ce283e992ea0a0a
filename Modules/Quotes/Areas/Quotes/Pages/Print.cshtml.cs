using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>
/// A4 printable quote of the effective version (customer-facing: no cost or margin). A version nobody approved is
/// printed under a DRAFT — not valid watermark, never as an official quote.
/// </summary>
public sealed class PrintModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly RecordAccess _access;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal PrintModel(QuotesDbContext db, RecordAccess access, BusinessClock clock, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _l = l;
        Clock = clock;
    }

    internal BusinessClock Clock { get; }
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    internal string Name(Guid? id) => Names.NameOf(id);

    internal Quote Quote { get; private set; } = null!;
    internal QuoteVersion? Version { get; private set; }
    internal string PublicUrl => PublicLinks.UrlFor(HttpContext, Quote.PublicToken);

    /// <summary>Only the approved (effective) version is an official quote; anything else prints as a draft, not valid.</summary>
    internal bool IsOfficial => Version is not null && Version.Id == Quote.ApprovedVersionId && Quote.Status != QuoteStatus.Expired;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The same quote as a PDF (<see cref="QuotePdf"/>), for the same readers.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var report = QuotePdf.Build(Quote, Version, IsOfficial, Name(Quote.OwnerId), PublicUrl, _l);
        return this.Pdf($"quote-{Quote.Number}-{Version?.Label ?? "draft"}", report);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var quote = await _db.LoadAsync(id, ct);
        if (quote is null || !await _access.CanReadAsync(quote, _db, ct))
        {
            return false;
        }
        Quote = quote;
        Version = quote.ApprovedVersion ?? quote.LatestVersion;
        Names = await _access.NamesAsync(ct);
        return true;
    }
}
