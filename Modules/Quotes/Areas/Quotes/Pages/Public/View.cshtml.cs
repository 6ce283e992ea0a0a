using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
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

    /// <summary>The query value of the accept step (<c>?step=accept</c>): the page with the accept form.</summary>
    public const string AcceptStep = "accept";

    /// <summary>The anonymous POST carries a name and a signature (at most 200 KB): nothing bigger is read.</summary>
    public const int MaxRequestBytes = 300_000;

    private readonly PublicQuoteQueries _pages;
    private readonly QuoteViewQueue _views;
    private readonly IStringLocalizer<QuotesModule> _l;

    /// <summary>What a view needs; the accept handler takes its own services (a view builds no command service).</summary>
    internal ViewModel(PublicQuoteQueries pages, QuoteViewQueue views, BusinessClock clock, IStringLocalizer<QuotesModule> l)
    {
        _pages = pages;
        _views = views;
        Clock = clock;
        _l = l;
    }

    internal BusinessClock Clock { get; }
    internal PublicQuotePage Shown { get; private set; } = null!;
    internal Quote Quote => Shown.Quote;
    internal QuoteVersion? Version => Shown.Version;
    internal OrgUser? Salesperson => Shown.Salesperson;
    internal IReadOnlyList<PublicQuotePage.Change> History => Shown.History;
    internal long ExpiresAtMs => Clock.StartOfDay(Version!.ValidUntil.PlusDays(1)).ToUnixTimeMilliseconds();
    internal bool Expired => Version is not null && Version.ValidUntil < Clock.Today;
    internal string? Error { get; private set; }

    /// <summary>
    /// The accept step: the page shows the accept form. Only then is an antiforgery token made (a cookie and a form
    /// token, two data-protection operations), so a customer who only views the quote costs none.
    /// </summary>
    internal bool Accepting { get; private set; }
    internal long NowMs => Clock.Now.ToUnixTimeMilliseconds();

    /// <summary>The state this page was rendered with; the poll answers 204 while it is still the stored one.</summary>
    internal LiveState Live => LiveState.Of(Quote.Status, Quote.TokenRevoked, Version?.Label, Version?.ValidUntil, Clock.Today);

    /// <summary>
    /// One small query when this host has the page for the quote's current stamp (<see cref="PublicQuoteQueries"/>); the
    /// view is queued (<see cref="QuoteViewQueue"/>), not written here. The accept step (<paramref name="step"/>) is the
    /// same page with the accept form; it counts no second view.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(string token, string? step, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64 || await _pages.PageAsync(token, ct) is not { } page)
        {
            return NotFound();
        }
        Shown = page;
        Accepting = step == AcceptStep;
        if (Version is not null && !Accepting)
        {
            var returning = Request.Cookies.ContainsKey(SessionCookie);
            var visit = new PublicVisit(SessionId(), PublicClientKey.Of(HttpContext.Connection.RemoteIpAddress));
            _views.Enqueue(new PendingView(
                token, Quote.Id, Quote.DealId, Quote.CustomerId, Quote.OwnerId, Quote.CustomerName, Quote.Number, Version.Label, visit,
                returning, Clock.Now));
        }
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
        var services = HttpContext.RequestServices;
        var (db, organisation) = (services.GetRequiredService<QuotesDbContext>(), services.GetRequiredService<IOrganisation>());
        if (Request.ContentLength > MaxRequestBytes)
        {
            return StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        if (!await LoadAsync(db, organisation, token, ct))
        {
            return NotFound();
        }
        try
        {
            var service = services.GetRequiredService<PublicQuoteService>();
            await service.AcceptAsync(Quote, version ?? string.Empty, customerName ?? string.Empty, signature, ct);
            return RedirectToPage(new { token });
        }
        catch (DomainException refusal)
        {
            if (Request.IsHtmx())
            {
                return this.Alert(_l.Text(refusal), "danger", refusal.StatusCode);
            }
            db.ChangeTracker.Clear();
            await LoadAsync(db, organisation, token, ct);
            Error = _l.Text(refusal);
            Accepting = true;
            var page = Page();
            Response.StatusCode = refusal.StatusCode;
            return page;
        }
    }

    /// <summary>The accept path reads the quote tracked (no cache): it is about to change it.</summary>
    private async Task<bool> LoadAsync(QuotesDbContext db, IOrganisation organisation, string token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64 || await db.LoadByTokenAsync(token, ct) is not { } quote)
        {
            return false;
        }
        Shown = PublicQuotePage.Of(quote, await organisation.FindUserAsync(quote.OwnerId, ct), await _pages.SeenAsync(quote.Id, ct));
        return true;
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
