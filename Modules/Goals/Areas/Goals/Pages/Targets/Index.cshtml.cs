using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Targets;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Targets;

/// <summary>
/// The targets of a period (?period=2026-Q4 / 2026-12 / 2026-W48; default the current quarter) as a tree company → teams →
/// people with the actual counted from evidence, completion and the key actions; CSV export of the same rows.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly TargetQueries _queries;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal IndexModel(TargetQueries queries, BusinessClock clock, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    internal TargetList List { get; private set; } = null!;
    internal NodaTime.LocalDate TodayDate => _clock.Today;
    public string? PeriodError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        List = await _queries.ListAsync(Resolve(), ct);
        if (PeriodError is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var period = Resolve();
        if (PeriodError is not null)
        {
            return BadRequest(PeriodError);
        }
        var list = await _queries.ListAsync(period, ct);
        string[] header =
        [
            _l["Targets_Period"], _l["Targets_Scope"], _l["Targets_Who"], _l["Targets_Metric"], _l["Targets_Target"], _l["Targets_Actual"],
            _l["Targets_Percent"], _l["Targets_KeyActions"],
        ];
        var rows = list.Rows.Select(r => (IReadOnlyList<object?>)
        [
            period.Key, _l["Targets_Scope_" + r.Scope].Value, Who(r), _l["Targets_Metric_" + r.Metric].Value, r.Amount, r.Actual,
            r.Percent.ToString("0.0", CultureInfo.InvariantCulture),
            string.Join("; ", r.KeyActions.Select(k => $"{k.Name} {k.Done}/{k.Quantity}")),
        ]);
        return this.Csv("goals-targets-" + period.Key, _clock.Today, header, rows);
    }

    internal string Who(TargetRow row) => row.Scope == TargetScope.Company ? _l["Targets_Company"].Value : row.ScopeName;

    private GoalPeriod Resolve()
    {
        var quarter = GoalPeriod.Of(PeriodKind.Quarter, _clock.Today);
        if (string.IsNullOrWhiteSpace(Period))
        {
            return quarter;
        }
        if (GoalPeriod.Parse(Period) is { } period)
        {
            return period;
        }
        PeriodError = _l["Targets_Error_Period", Period].Value;
        return quarter;
    }
}
