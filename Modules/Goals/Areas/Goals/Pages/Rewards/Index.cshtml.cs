using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Rewards;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Rewards;

/// <summary>The reward pools of a period: each company and team money target with its actual, excess, pool and winners.</summary>
public sealed class IndexModel : PageModel
{
    private readonly RewardQueries _queries;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal IndexModel(RewardQueries queries, BusinessClock clock, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _clock = clock;
        _l = l;
    }

    internal GoalPeriod Period { get; private set; }
    internal IReadOnlyList<RewardRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken ct)
    {
        Period = GoalPeriod.Parse(period) ?? GoalPeriod.Of(PeriodKind.Quarter, _clock.Today);
        Rows = await _queries.PeriodAsync(Period, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string? period, CancellationToken ct)
    {
        Period = GoalPeriod.Parse(period) ?? GoalPeriod.Of(PeriodKind.Quarter, _clock.Today);
        var rows = await _queries.PeriodAsync(Period, ct);
        string[] header =
        [
            _l["Rewards_Col_Scope"], _l["Rewards_Col_Metric"], _l["Rewards_Col_Target"], _l["Rewards_Col_Actual"], _l["Rewards_Col_Above"],
            _l["Rewards_Col_Pool"], _l["Rewards_Col_Winners"], _l["Rewards_Col_Status"],
        ];
        return this.Csv("rewards-" + Period.Key, _clock.Today, header, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.ScopeName, _l["Rewards_Metric_" + r.Metric].Value, RewardTexts.Fen(r.Target), RewardTexts.Fen(r.Actual), RewardTexts.Fen(r.Above),
            RewardTexts.Fen(r.Pool), r.Winners, _l["Rewards_State_" + r.State].Value,
        ]));
    }
}
