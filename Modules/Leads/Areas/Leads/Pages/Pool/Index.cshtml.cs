using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Live;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Application.Queries;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Pool;

/// <summary>
/// The live pool (公海): filter by tag, claim. The board polls every 2 s with its change token and re-renders only when
/// a lead changed (else 204); a lost claim race answers 409. The database-backed services come per handler: the many
/// losers of a claim race build no DbContext (<see cref="ClaimFlights"/>).
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ICurrentUser _user;
    private readonly ClaimFlights _flights;
    private readonly IClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(ICurrentUser user, ClaimFlights flights, IClock clock, IStringLocalizer<LeadsModule> l)
    {
        _user = user;
        _flights = flights;
        _clock = clock;
        _l = l;
    }

    /// <summary>The tag filters, bound by the GET handlers only (a claim does not bind them: it is posted many times a second in a race).</summary>
    public PoolFilter Filter { get; private set; } = new();

    public IReadOnlyList<PoolCard> Cards { get; private set; } = [];
    public IReadOnlyList<(string Name, string Label, IReadOnlyList<string> Values)> Filters { get; private set; } = [];
    public int WindowMinutes { get; private set; }
    public bool CanClaim => _user.CanClaim();

    /// <summary>The change token the board was rendered with (read before the board, so a change in between re-renders).</summary>
    public string Stamp { get; private set; } = "";

    public async Task OnGetAsync(PoolFilter filter, CancellationToken ct)
    {
        Filter = filter;
        var pool = Service<PoolQueries>();
        var tags = await Service<TagQueries>().ByCategoryAsync(ct);
        Filters =
        [
            (nameof(PoolFilter.Source), "Lead_Source", tags[TagCategory.Source].ToList()),
            (nameof(PoolFilter.Industry), "Lead_Industry", tags[TagCategory.Industry].ToList()),
            (nameof(PoolFilter.Budget), "Lead_Budget", tags[TagCategory.Budget].ToList()),
            (nameof(PoolFilter.Need), "Lead_Need", tags[TagCategory.Need].ToList()),
        ];
        WindowMinutes = (await pool.SettingsAsync(ct)).ClaimWindowMinutes;
        Stamp = await Service<BoardTokenQueries>().PoolAsync();
        Cards = await pool.BoardAsync(Filter, ct);
    }

    /// <summary>
    /// The live poll sends the token its board holds: 204 (nothing to swap) while it is current, else the board. A filter
    /// change sends none and always gets the board.
    /// </summary>
    public async Task<IActionResult> OnGetBoardAsync(string? stamp, PoolFilter filter, CancellationToken ct)
    {
        Filter = filter;
        Stamp = await Service<BoardTokenQueries>().PoolAsync();
        if (stamp == Stamp)
        {
            return new NoContentResult();
        }
        Cards = await Service<PoolQueries>().BoardAsync(Filter, ct);
        return Partial("_Board", this);
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct)
    {
        if (!_user.CanClaim() || _user.UserId is not { } userId)
        {
            return Forbid();
        }
        var outcome = await _flights.RunAsync(id, () => Service<LeadCommands>().ClaimAsync(id, userId, ct), ct);
        var (key, kind) = outcome switch
        {
            ClaimOutcome.Claimed => ("Pool_Claimed", "success"),
            ClaimOutcome.LimitReached => ("Pool_LimitReached", "warning"),
            _ => ("Pool_ClaimLost", "danger"),
        };
        // The lost race's text has no numbers: the many losers of a race do not read the settings.
        var text = outcome == ClaimOutcome.AlreadyTaken ? _l[key].Value : await SettingsTextAsync(key, ct);
        if (outcome == ClaimOutcome.Claimed)
        {
            return this.Done(text, "boardChanged");
        }
        if (!Request.IsHtmx())
        {
            TempData.Flash(text, kind);
            return RedirectToPage();
        }
        // A lost race or the limit: the board still refreshes, so the taken lead disappears.
        Response.Htmx(h => h.WithTrigger("boardChanged"));
        return this.Alert(text, kind, StatusCodes.Status409Conflict);
    }

    private async Task<string> SettingsTextAsync(string key, CancellationToken ct)
    {
        var settings = await Service<PoolQueries>().SettingsAsync(ct);
        return _l[key, settings.ClaimWindowMinutes, settings.MaxOpenClaims].Value;
    }

    /// <summary>
    /// The module's services that need the DbContext, resolved by the handler that uses them (not by the constructor, so a
    /// claim that joins another builds no DbContext; they are internal, so not [FromServices] parameters of a public handler).
    /// </summary>
    private T Service<T>() where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    public string? FilterValue(string name) => name switch
    {
        nameof(PoolFilter.Source) => Filter.Source,
        nameof(PoolFilter.Industry) => Filter.Industry,
        nameof(PoolFilter.Budget) => Filter.Budget,
        _ => Filter.Need,
    };

    /// <summary>The pool shows only the last 4 digits: the full number is for whoever claims the lead.</summary>
    public string MaskPhone(string phone) => phone.Length <= 4 ? phone : new string('*', Math.Min(7, phone.Length - 4)) + phone[^4..];

    public string Age(Instant created)
    {
        var age = _clock.GetCurrentInstant() - created;
        return age.TotalHours < 1
            ? _l["Age_Minutes", (int)age.TotalMinutes]
            : age.TotalDays < 1 ? _l["Age_Hours", (int)age.TotalHours] : _l["Age_Days", (int)age.TotalDays];
    }
}
