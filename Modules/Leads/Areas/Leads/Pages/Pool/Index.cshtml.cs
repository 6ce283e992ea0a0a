using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Queries;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Specification;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Pool;

/// <summary>The live pool (公海): filter by tag, claim. The board is polled every 2 s; a lost claim race answers 409.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly ClaimService _claims;
    private readonly IClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(LeadsDbContext db, LeadsAccess access, ClaimService claims, IClock clock, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _claims = claims;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public PoolFilter Filter { get; set; } = new();

    public IReadOnlyList<PoolCard> Cards { get; private set; } = [];
    public IReadOnlyList<(string Name, string Label, IReadOnlyList<string> Values)> Filters { get; private set; } = [];
    public int WindowMinutes { get; private set; }
    public bool CanClaim => _access.CanClaim;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var tags = await _db.TagOptions.AsNoTracking().OrderBy(t => t.Position).ToListAsync(ct);
        IReadOnlyList<string> Of(TagCategory c) => tags.Where(t => t.Category == c).Select(t => t.Value).ToList();
        Filters =
        [
            (nameof(PoolFilter.Source), "Lead_Source", Of(TagCategory.Source)),
            (nameof(PoolFilter.Industry), "Lead_Industry", Of(TagCategory.Industry)),
            (nameof(PoolFilter.Budget), "Lead_Budget", Of(TagCategory.Budget)),
            (nameof(PoolFilter.Need), "Lead_Need", Of(TagCategory.Need)),
        ];
        WindowMinutes = (await _db.SettingsAsync(ct)).ClaimWindowMinutes;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnGetBoardAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Partial("_Board", this);
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct)
    {
        if (!_access.CanClaim)
        {
            return Forbid();
        }
        var outcome = await _claims.ClaimAsync(id, _access.UserId, ct);
        var (key, kind, status) = outcome switch
        {
            ClaimOutcome.Claimed => ("Pool_Claimed", "success", 200),
            ClaimOutcome.LimitReached => ("Pool_LimitReached", "warning", 409),
            _ => ("Pool_ClaimLost", "danger", 409),
        };
        var settings = await _db.SettingsAsync(ct);
        var text = _l[key, settings.ClaimWindowMinutes, settings.MaxOpenClaims].Value;
        if (!Request.IsHtmx())
        {
            TempData.Flash(text, kind);
            return RedirectToPage();
        }
        Response.Headers["HX-Trigger"] = "boardChanged";
        var result = Partial("/Areas/Leads/Pages/_Message.cshtml", new Message(text, kind));
        result.StatusCode = status;
        return result;
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
        return age.TotalHours < 1 ? _l["Age_Minutes", (int)age.TotalMinutes] : age.TotalDays < 1 ? _l["Age_Hours", (int)age.TotalHours] : _l["Age_Days", (int)age.TotalDays];
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Cards = await _db.Leads.AsNoTracking().WithSpecification(new PoolBoardSpec(Filter)).ToListAsync(ct);
}
