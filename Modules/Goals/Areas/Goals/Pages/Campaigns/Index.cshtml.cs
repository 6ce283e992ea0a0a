using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Campaigns;
using SalesSuite.Goals.Domain.Campaigns;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Campaigns;

/// <summary>The campaigns the reader may see (active, drafts they may edit, closed) with progress from evidence; CSV.</summary>
public sealed class IndexModel : PageModel
{
    private readonly CampaignQueries _queries;
    private readonly CampaignAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal IndexModel(CampaignQueries queries, CampaignAccess access, BusinessClock clock, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _access = access;
        _clock = clock;
        _l = l;
    }

    /// <summary>Active, Draft or Closed; empty: all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    internal IReadOnlyList<CampaignRow> Rows { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await _queries.ListAsync(Filter, ct);
        CanCreate = await _access.CanCreateAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await _queries.ListAsync(Filter, ct);
        string[] header =
        [
            _l["Campaigns_Col_Name"], _l["Campaigns_Col_Team"], _l["Campaigns_Col_StartsOn"], _l["Campaigns_Col_EndsOn"],
            _l["Campaigns_Col_Status"], _l["Campaigns_Col_Customers"], _l["Campaigns_Col_Steps"], _l["Campaigns_Col_Percent"],
            _l["Campaigns_Col_Through"], _l["Campaigns_Col_Overdue"],
        ];
        return this.Csv("campaigns", _clock.Today, header, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Name, r.TeamName, r.StartsOn.ToString("yyyy-MM-dd", null), r.EndsOn.ToString("yyyy-MM-dd", null),
            _l["Campaigns_Status_" + r.Status].Value, r.Customers, r.Steps, r.Percent, r.Through, r.Overdue,
        ]));
    }

    private CampaignStatus? Filter => Enum.TryParse<CampaignStatus>(Status, ignoreCase: true, out var s) ? s : null;
}
