using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Live;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Application.Queries;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Pool;

/// <summary>
/// The live pool (公海): filter by tag, claim. The board polls every 2 s with its change token and re-renders only when
/// a lead changed (else 204); a lost claim race answers 409.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly PoolQueries _pool;
    private readonly TagQueries _tags;
    private readonly LeadCommands _leads;
    private readonly BoardTokenQueries _tokens;
    private readonly RecordAccess _access;
    private readonly IClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(
        PoolQueries pool, TagQueries tags, LeadCommands leads, BoardTokenQueries tokens, RecordAccess access, IClock clock,
        IStringLocalizer<LeadsModule> l)
    {
        _pool = pool;
        _tags = tags;
        _leads = leads;
        _tokens = tokens;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public PoolFilter Filter { get; set; } = new();

    public IReadOnlyList<PoolCard> Cards { get; private set; } = [];
    public IReadOnlyList<(string Name, string Label, IReadOnlyList<string> Values)> Filters { get; private set; } = [];
    public int WindowMinutes { get; private set; }
    public bool CanClaim => _access.CanClaim();

    /// <summary>The change token the board was rendered with (read before the board, so a change in between re-renders).</summary>
    public string Stamp { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var tags = await _tags.ByCategoryAsync(ct);
        Filters =
        [
            (nameof(PoolFilter.Source), "Lead_Source", tags[TagCategory.Source].ToList()),
            (nameof(PoolFilter.Industry), "Lead_Industry", tags[TagCategory.Industry].ToList()),
            (nameof(PoolFilter.Budget), "Lead_Budget", tags[TagCategory.Budget].ToList()),
            (nameof(PoolFilter.Need), "Lead_Need", tags[TagCategory.Need].ToList()),
        ];
        WindowMinutes = (await _pool.SettingsAsync(ct)).ClaimWindowMinutes;
        Stamp = await _tokens.PoolAsync();
        Cards = await _pool.BoardAsync(Filter, ct);
    }

    /// <summary>
    /// The live poll sends the token its board holds: 204 (nothing to swap) while it is current, else the board. A filter
    /// change sends none and always gets the board.
    /// </summary>
    public async Task<IActionResult> OnGetBoardAsync(string? stamp, CancellationToken ct)
    {
        Stamp = await _tokens.PoolAsync();
        if (stamp == Stamp)
        {
            return new NoContentResult();
        }
        Cards = await _pool.BoardAsync(Filter, ct);
        return Partial("_Board", this);
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct)
    {
        if (!_access.CanClaim())
        {
            return Forbid();
        }
        var outcome = await _leads.ClaimAsync(id, _access.UserId, ct);
        var settings = await _pool.SettingsAsync(ct);
        var (key, kind) = outcome switch
        {
            ClaimOutcome.Claimed => ("Pool_Claimed", "success"),
            ClaimOutcome.LimitReached => ("Pool_LimitReached", "warning"),
            _ => ("Pool_ClaimLost", "danger"),
        };
        var text = _l[key, settings.ClaimWindowMinutes, settings.MaxOpenClaims].Value;
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
