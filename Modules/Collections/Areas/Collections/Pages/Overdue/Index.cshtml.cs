using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Overdue;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Overdue;

/// <summary>
/// "My overdue items" (own / team / all as the reader may see them), most overdue first, as cards that fit a phone;
/// below them the open playbook tasks of the reader's functional role (Finance, Legal …).
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly OverdueQueries _queries;
    private readonly OverdueCommands _commands;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal IndexModel(OverdueQueries queries, OverdueCommands commands, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _l = l;
    }

    /// <summary>"untagged" shows only the items that still need a reason.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    internal OverdueSummary Summary { get; private set; } = new([], 0, 0, 0m);
    internal IReadOnlyList<RoleTaskRow> RoleTasks { get; private set; } = [];
    internal bool CanConfigure => CollectionsModule.ReasonRoles.Any(User.IsInRole);
    internal bool UntaggedOnly => Show == "untagged";
    internal (string Text, string Kind)? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Summary = await _queries.ListAsync(UntaggedOnly, ct);
        RoleTasks = await _queries.RoleTasksAsync(ct);
    }

    /// <summary>A role task done from the list: PRG, or the task list again for htmx.</summary>
    public async Task<IActionResult> OnPostDoneAsync(Guid taskId, int version, CancellationToken ct)
    {
        try
        {
            var text = await _commands.CompleteTaskAsync(taskId, version, ct);
            if (!Request.IsHtmx())
            {
                return this.Done(_l["Overdue_TaskCompleted", text]);
            }
            Message = (_l["Overdue_TaskCompleted", text], "success");
            return await RoleTasksAsync(StatusCodes.Status200OK, ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (DomainException refusal)
        {
            if (!Request.IsHtmx())
            {
                return this.Refused(refusal, _l);
            }
            Message = (_l.Text(refusal), refusal is StaleEditException ? "warning" : "danger");
            return await RoleTasksAsync(refusal.StatusCode, ct);
        }
    }

    private async Task<IActionResult> RoleTasksAsync(int status, CancellationToken ct)
    {
        RoleTasks = await _queries.RoleTasksAsync(ct);
        return Partial("_RoleTasks", this).WithStatus(status);
    }
}
