using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Contracts;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Contracts;

/// <summary>A manager's overview: the people they see × completion of their contracts for a period; CSV.</summary>
public sealed class TeamModel : PageModel
{
    private readonly ContractQueries _queries;
    private readonly BusinessClock _business;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal TeamModel(ContractQueries queries, BusinessClock business, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _business = business;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    internal GoalPeriod Current { get; private set; }

    internal IReadOnlyList<TeamContractRow> Rows { get; private set; } = [];

    internal string When(NodaTime.Instant instant) => _business.Format(instant);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => this.GuardAsync(async () =>
    {
        Current = ContractPeriod.Of(Period, _business.Today);
        Rows = await _queries.TeamAsync(Current, ct);
        return Page();
    });

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => this.GuardAsync(async () =>
    {
        Current = ContractPeriod.Of(Period, _business.Today);
        var rows = await _queries.TeamAsync(Current, ct);
        string[] header = ["Contracts_Person", "Contracts_TeamName", "Contracts_Lines", "Contracts_Owed", "Contracts_Done", "Contracts_Percent",
            "Contracts_CompletedAt"];
        return this.Csv("contracts-" + Current.Key, _business.Today, header.Select(k => _l[k].Value).ToList(),
            rows.Select(r => (IReadOnlyList<object?>)
                [r.Name, r.Team, r.Lines, r.Owed, r.Done, r.Percent, r.CompletedAt is { } at ? When(at) : ""]));
    });
}
