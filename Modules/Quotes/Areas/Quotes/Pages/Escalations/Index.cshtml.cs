using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application.Escalation;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Escalations;

/// <summary>My escalation to-dos (approval steps past their SLA escalated to me or my role), with a CSV export.</summary>
public sealed class IndexModel : PageModel
{
    private readonly EscalationQueries _queries;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<QuotesModule> _l;

    internal IndexModel(EscalationQueries queries, BusinessClock clock, IStringLocalizer<QuotesModule> l)
    {
        _queries = queries;
        _clock = clock;
        _l = l;
    }

    internal IReadOnlyList<EscalationTodo> Todos { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Todos = await _queries.MineAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var todos = await _queries.MineAsync(ct);
        string[] header = ["Quote_Number", "Quote_Customer", "Quote_Step", "Chain_Role", "Appr_Level", "Appr_Escalated"];
        var rows = todos.Select(t => (IReadOnlyList<object?>)
        [
            t.Number, t.CustomerName, _l[ResourceKeys.Step(t.Step)].Value, _l[ResourceKeys.Role(t.Role)].Value,
            _l["Appr_Level_" + t.Level].Value, _clock.Format(t.EscalatedAt),
        ]);
        return this.Csv("escalations", _clock.Today, header.Select(k => _l[k].Value).ToList(), rows);
    }
}
