using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Clusters;

namespace SalesSuite.Stores.Areas.Stores.Pages.Clusters;

/// <summary>
/// One cluster: the stores concerned (playbook task done or not), the week's feedback lines of the category (each linked
/// to its report), and closing with a note by headquarters or the person responsible (htmx; a plain post flashes).
/// </summary>
public sealed class DetailModel : PageModel
{
    private readonly ClusterQueries _queries;
    private readonly ClusterCommands _commands;
    private readonly IStringLocalizer<StoresModule> _l;

    internal DetailModel(ClusterQueries queries, ClusterCommands commands, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _commands = commands;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    internal ClusterDetail Detail { get; private set; } = null!;

    internal string? Problem { get; private set; }

    internal string? Note { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var detail = await _queries.DetailAsync(Id, ct);
        if (detail is null)
        {
            return NotFound();
        }
        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(string? note, CancellationToken ct)
    {
        Note = note;
        try
        {
            await _commands.CloseAsync(Id, note, ct);
            return await AnswerAsync(null, StatusCodes.Status200OK, ct);
        }
        catch (DomainException refusal)
        {
            return await AnswerAsync(_l.Text(refusal), refusal.StatusCode, ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    private async Task<IActionResult> AnswerAsync(string? problem, int status, CancellationToken ct)
    {
        if (!Request.IsHtmx())
        {
            return problem is null ? this.Done(_l["Cluster_ClosedDone"], routeValues: new { Id }) : this.Refused(problem, status, new { Id });
        }
        var detail = await _queries.DetailAsync(Id, ct);
        if (detail is null)
        {
            return NotFound();
        }
        Detail = detail;
        Problem = problem;
        return Partial("_Status", this).WithStatus(status);
    }
}
