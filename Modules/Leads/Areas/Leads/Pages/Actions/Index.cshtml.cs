using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application.Actions;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Actions;

/// <summary>Open next actions the user may see, overdue first; mark done.</summary>
public sealed class IndexModel : PageModel
{
    private readonly NextActionQueries _queries;
    private readonly NextActionCommands _commands;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<LeadsModule> _l;
    private NextActionList _list = NextActionList.Empty;

    internal IndexModel(NextActionQueries queries, NextActionCommands commands, BusinessClock clock, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _clock = clock;
        _l = l;
    }

    internal IReadOnlyList<NextAction> Rows => _list.Rows;
    public LocalDate Today => _clock.Today;

    public async Task OnGetAsync(CancellationToken ct) => _list = await _queries.OpenAsync(300, ct);

    public async Task<IActionResult> OnPostDoneAsync(Guid id, int? version, CancellationToken ct)
    {
        try
        {
            await _commands.DoneAsync(id, version, ct);
            return RedirectToPage();
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

    public string Name(Guid id) => _list.Owners.TryGetValue(id, out var n) ? n : "—";

    public string CustomerName(Guid id) => _list.Customers.TryGetValue(id, out var n) ? n : "?";
}
