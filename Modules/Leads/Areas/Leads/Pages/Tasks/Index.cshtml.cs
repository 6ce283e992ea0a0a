using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Tasks;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Tasks;

/// <summary>Open stage tasks for the user's roles (managers: all), oldest first; "done" checks the role on the server.</summary>
public sealed class IndexModel : PageModel
{
    private readonly StageTaskQueries _queries;
    private readonly StageTaskCommands _commands;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(StageTaskQueries queries, StageTaskCommands commands, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _l = l;
    }

    internal IReadOnlyList<TaskRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await _queries.OpenAsync(300, ct);

    /// <summary>The same open tasks as Excel opens them (the kernel's CSV: UTF-8 with BOM, formulas neutralised).</summary>
    public async Task<IActionResult> OnGetCsvAsync([FromServices] BusinessClock clock, CancellationToken ct)
    {
        await OnGetAsync(ct);
        string[] header =
        [
            _l["Tasks_Task"], _l["Deal_TitleField"], _l["Tasks_Customer"], _l["Tasks_Details"], _l["Tasks_Role"], _l["Pipe_Tasks_Due"],
            _l["Pipe_Tasks_Overdue"], _l["Tasks_Age"],
        ];
        var rows = Rows.Select(t => (IReadOnlyList<object?>)
        [
            t.Title, t.DealTitle, $"{t.CustomerName} ({t.CustomerCode})", t.Details, t.Assignee ?? t.Role, t.DueAt ?? "",
            t.Overdue ? _l["Pipe_Tasks_Overdue"].Value : "", t.AgeDays,
        ]);
        return this.Csv("stage-tasks", clock.Today, header, rows);
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, int? version, CancellationToken ct)
    {
        try
        {
            var title = await _commands.DoneAsync(id, version, ct);
            if (!Request.IsHtmx())
            {
                return this.Done(_l["Tasks_Completed", title]);
            }
            Rows = await _queries.OpenAsync(300, ct);
            return Partial("_Tasks", this);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (StaleEditException stale)
        {
            // As before: someone else completed it meanwhile — a warning (409), not an error.
            var text = _l.Text(stale);
            if (!Request.IsHtmx())
            {
                TempData.Flash(text, "warning");
                return RedirectToPage();
            }
            return this.Alert(text, "warning", stale.StatusCode);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }
}
