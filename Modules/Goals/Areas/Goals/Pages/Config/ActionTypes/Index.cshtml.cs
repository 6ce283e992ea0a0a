using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.ActionTypes;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Config.ActionTypes;

/// <summary>The key action types with their evidence standard in words; activate / deactivate; CSV (admin, director).</summary>
public sealed class IndexModel : PageModel
{
    private readonly ActionTypeQueries _queries;
    private readonly ActionTypeCommands _commands;
    private readonly BusinessClock _business;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal IndexModel(ActionTypeQueries queries, ActionTypeCommands commands, BusinessClock business, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _business = business;
        _l = l;
    }

    internal IReadOnlyList<KeyActionType> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await _queries.ListAsync(activeOnly: false, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await _queries.ListAsync(activeOnly: false, ct);
        string[] header = ["ActionTypes_Code", "ActionTypes_NameZh", "ActionTypes_NameEn", "ActionTypes_Standard", "ActionTypes_Drives",
            "ActionTypes_ForManagers", "ActionTypes_HowTo", "ActionTypes_Active"];
        return this.Csv("action-types", _business.Today, header.Select(k => _l[k].Value).ToList(),
            rows.Select(t => (IReadOnlyList<object?>)
            [
                t.Code, t.NameZh, t.NameEn, _l.Standard(t.Rule), t.DrivesMetric is { } m ? _l["ActionTypes_Metric_" + m].Value : "",
                YesNo(t.ForManagers), t.HowToUrl, YesNo(t.Active),
            ]));
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, int version, CancellationToken ct)
    {
        try
        {
            await _commands.SetActiveAsync(id, active, version, ct);
            return this.Done(_l[active ? "ActionTypes_Activated" : "ActionTypes_Deactivated"]);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }

    private string YesNo(bool value) => _l[value ? "Common_Yes" : "Common_No"].Value;
}
