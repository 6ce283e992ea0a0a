using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NodaTime.Text;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Application.Approval;
using SalesSuite.Quotes.Application.Drafts;
using SalesSuite.Quotes.Application.Offer;
using SalesSuite.Quotes.Application.PublicLink;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>
/// The staff view of one quote: effective version, lines and margin, chain with SLAs, decisions, customer link and
/// views. Its handlers call one command each and answer with a flash and a redirect.
/// </summary>
public sealed class DetailsModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly RecordAccess _access;
    private readonly ModuleSettings<QuotesDbContext, QuoteSettings> _settings;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal DetailsModel(QuotesDbContext db, RecordAccess access, ModuleSettings<QuotesDbContext, QuoteSettings> settings,
        BusinessClock clock, IStringLocalizer<QuotesModule> l)
    {
        _db = db;
        _access = access;
        _settings = settings;
        Clock = clock;
        _l = l;
    }

    internal BusinessClock Clock { get; }
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    internal Quote Quote { get; private set; } = null!;
    internal TotalsView Totals { get; private set; } = null!;
    internal List<QuoteView> Views { get; private set; } = [];
    internal string EffectiveVersion => EffectiveVersionText.For(Quote, Clock, _l);
    internal bool IsOwner => _access.IsOwner(Quote);
    internal bool CanDecide => _access.CanDecide(Quote);
    internal bool CanRelock => Quote.Status == QuoteStatus.Approved && _access.IsInRole(Roles.Finance) && !IsOwner;
    internal string PublicUrl => PublicLinks.UrlFor(HttpContext, Quote.PublicToken);
    internal MarginBenchmark? Benchmark { get; private set; }
    /// <summary>The three instalment plans as configured (<c>/Quotes/Plans</c>).</summary>
    internal InstalmentPlanSettings Plans { get; private set; } = new();

    internal string Name(Guid? id) => Names.NameOf(id);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Benchmark = await Service<MarginBenchmarkQueries>().ForAsync(Quote, ct);
        return Page();
    }

    /// <summary><paramref name="version"/> is the quote's row version the page showed.</summary>
    public Task<IActionResult> OnPostChoosePlanAsync(Guid id, string? kind, int version, CancellationToken ct) =>
        Enum.TryParse<InstalmentPlanKind>(kind, out var plan) && Enum.IsDefined(plan)
            ? RunAsync(id, () => Service<InstalmentCommands>().ChooseAsync(id, plan, version, ct), "Offer_PlanChosen", ct)
            : Task.FromResult<IActionResult>(BadRequest());

    public async Task<IActionResult> OnGetViewsAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Partial("_Views", this) : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(Guid id, string? changeNote, CancellationToken ct) =>
        RunAsync(id, () => Service<QuoteCommands>().SubmitAsync(id, changeNote, ct), "Details_Submitted", ct);

    /// <summary><paramref name="stepId"/> and <paramref name="version"/> are what the form showed; costs are keyed by line id.</summary>
    public Task<IActionResult> OnPostDecideAsync(Guid id, Guid stepId, string? version, bool approve, string? comment,
        bool? customDevelopment, Dictionary<Guid, decimal>? costs, CancellationToken ct) =>
        RunAsync(id, () => Service<ApprovalCommands>().DecideAsync(
                id, new ReviewedStep(stepId, version), approve, comment, customDevelopment, costs, ct),
            approve ? "Details_Approved" : "Details_Rejected", ct);

    public Task<IActionResult> OnPostRenewAsync(Guid id, string? validUntil, CancellationToken ct)
    {
        var parsed = LocalDatePattern.Iso.Parse(validUntil ?? string.Empty);
        return parsed.Success
            ? RunAsync(id, () => Service<QuoteCommands>().RenewAsync(id, parsed.Value, ct), "Details_Renewed", ct)
            : Task.FromResult(this.Refused(_l["Edit_Error_ValidUntil"], routeValues: new { id }));
    }

    public Task<IActionResult> OnPostRelockAsync(Guid id, Dictionary<Guid, decimal>? costs, CancellationToken ct) =>
        RunAsync(id, () => Service<FinanceCommands>().RelockAsync(id, costs ?? [], ct), "Details_Relocked", ct);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, bool reissue, CancellationToken ct) =>
        RunAsync(id, () => Service<TokenCommands>().RevokeAsync(id, reissue, ct), reissue ? "Details_Reissued" : "Details_Revoked", ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task> command, string successKey, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        _db.ChangeTracker.Clear();
        try
        {
            await command();
            return this.Done(_l[successKey], routeValues: new { id });
        }
        catch (StaleEditException stale) when (!Request.IsHtmx())
        {
            // Nothing was changed: the page shows what is stored now, with a warning rather than an error.
            TempData.Flash(_l.Text(stale), "warning");
            return RedirectToPage(new { id });
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, new { id });
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
    }

    // Each handler needs one command; resolving it on use keeps the constructor to what every request needs.
    private T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var quote = await _db.LoadAsync(id, ct);
        if (quote is null || !await _access.CanReadAsync(quote, _db, ct))
        {
            return false;
        }
        Quote = quote;
        Names = await _access.NamesAsync(ct);
        Totals = new TotalsView(quote.Lines, (await _settings.ReadAsync(ct)).Margin);
        Plans = await Service<ModuleSettings<QuotesDbContext, InstalmentPlanSettings>>().ReadAsync(ct);
        Views = await _db.Views.AsNoTracking().Where(v => v.QuoteId == id).OrderByDescending(v => v.LastAt).ToListAsync(ct);
        return true;
    }
}
