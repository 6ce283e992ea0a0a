using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Application.Offer;
using SalesSuite.Quotes.Application.PublicLink;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Public;

/// <summary>
/// The customer's page (no login, phone-first): the latest approved version only, never cost, margin or approvers'
/// comments. Unknown or revoked tokens get a plain 404.
/// </summary>
[EnableRateLimiting(PublicLinks.RateLimitPolicy)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class ViewModel : PageModel
{
    public const string SessionCookie = "qs";

    /// <summary>The anonymous POST carries a name and a signature (at most 200 KB): nothing bigger is read.</summary>
    public const int MaxRequestBytes = 300_000;

    private readonly QuotesDbContext _db;
    private readonly PublicQuoteService _service;
    private readonly IOrganisation _organisation;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal ViewModel(
        QuotesDbContext db, PublicQuoteService service, IOrganisation organisation, BusinessClock clock, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _service = service;
        _organisation = organisation;
        Clock = clock;
        _l = l;
    }

    internal BusinessClock Clock { get; }
    internal Quote Quote { get; private set; } = null!;
    internal QuoteVersion? Version { get; private set; }
    internal OrgUser? Salesperson { get; private set; }
    internal List<(string From, string To, IReadOnlyList<DiffRow> Rows)> History { get; private set; } = [];
    internal long ExpiresAtMs => Clock.StartOfDay(Version!.ValidUntil.PlusDays(1)).ToUnixTimeMilliseconds();
    internal bool Expired => Version is not null && Version.ValidUntil < Clock.Today;
    internal string? Error { get; private set; }
    internal long NowMs => Clock.Now.ToUnixTimeMilliseconds();

    /// <summary>The state this page was rendered with; the poll answers 204 while it is still the stored one.</summary>
    internal LiveState Live => LiveState.Of(Quote.Status, Quote.TokenRevoked, Version?.Label, Version?.ValidUntil, Clock.Today);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct))
        {
            return NotFound();
        }
        if (Version is not null)
        {
            var visit = new PublicVisit(SessionId(), PublicClientKey.Of(HttpContext.Connection.RemoteIpAddress));
            await _service.RecordViewAsync(Quote, Version, visit, ct);
        }
        await BuildHistoryAsync(ct);
        return Page();
    }

    /// <summary>
    /// The open page polls this every few seconds with the state token it shows (<paramref name="s"/>): 204 while
    /// nothing changed, else a banner saying what changed (new version, revoked, expired, accepted). Reads one row,
    /// writes nothing, counts no view; the page's rate limit applies.
    /// </summary>
    public async Task<IActionResult> OnGetLiveAsync(string token, string? s, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return NotFound();
        }
        var state = await HttpContext.RequestServices.GetRequiredService<LiveQuoteQueries>().StateAsync(token, ct);
        return state.Token == s ? StatusCode(StatusCodes.Status204NoContent) : Partial("_LiveBanner", (state, token));
    }

    /// <summary>
    /// <paramref name="version"/> is the label the customer's screen showed. A refusal (409 when the quote changed
    /// or was accepted meanwhile, 413 when the body is too big, 422 otherwise) accepts nothing and says why.
    /// </summary>
    public async Task<IActionResult> OnPostAcceptAsync(
        string token, string? version, string? customerName, string? signature, CancellationToken ct)
    {
        if (Request.ContentLength > MaxRequestBytes)
        {
            return StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        if (!await LoadAsync(token, ct))
        {
            return NotFound();
        }
        try
        {
            await _service.AcceptAsync(Quote, version ?? string.Empty, customerName ?? string.Empty, signature, ct);
            return RedirectToPage(new { token });
        }
        catch (DomainException refusal)
        {
            if (Request.IsHtmx())
            {
                return this.Alert(_l.Text(refusal), "danger", refusal.StatusCode);
            }
            _db.ChangeTracker.Clear();
            await LoadAsync(token, ct);
            Error = _l.Text(refusal);
            await BuildHistoryAsync(ct);
            var page = Page();
            Response.StatusCode = refusal.StatusCode;
            return page;
        }
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64 || await _db.LoadByTokenAsync(token, ct) is not { } quote)
        {
            return false;
        }
        Quote = quote;
        Version = quote.ApprovedVersion;
        Salesperson = await _organisation.FindUserAsync(quote.OwnerId, ct);
        return true;
    }

    private async Task BuildHistoryAsync(CancellationToken ct)
    {
        var seen = await _db.Views.AsNoTracking().Where(v => v.QuoteId == Quote.Id).Select(v => v.VersionLabel).Distinct().ToListAsync(ct);
        var versions = Quote.Versions.Where(v => seen.Contains(v.Label) || v.Id == Version?.Id)
            .OrderBy(v => v.Major).ThenBy(v => v.Minor).ToList();
        for (var i = 1; i < versions.Count; i++)
        {
            var rows = VersionDiff.Compare(versions[i - 1], versions[i], includeCost: false);
            if (rows.Count > 0)
            {
                History.Add((versions[i - 1].Label, versions[i].Label, rows));
            }
        }
    }

    private string SessionId()
    {
        if (Request.Cookies.TryGetValue(SessionCookie, out var id) && id.Length is > 10 and <= 64)
        {
            return id;
        }
        id = PublicToken.New();
        var cookie = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = Request.IsHttps };
        Response.Cookies.Append(SessionCookie, id, cookie);
        return id;
    }
}
