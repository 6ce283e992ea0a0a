using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Campaigns;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Campaigns;

/// <summary>
/// A campaign's flow (scripts and materials for the salesperson), the customer × step grid counted from evidence (each
/// done cell links to the evidence), progress per person, CSV; activate and close for those who edit it.
/// Someone outside the team gets 404.
/// </summary>
public sealed class DetailModel : PageModel
{
    private readonly CampaignQueries _queries;
    private readonly CampaignCommands _commands;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal DetailModel(CampaignQueries queries, CampaignCommands commands, BusinessClock clock, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    internal CampaignDetail View { get; private set; } = null!;
    public bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await _queries.DetailAsync(Id, ct) is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }

    public Task<IActionResult> OnPostActivateAsync(int version, CancellationToken ct) =>
        AnswerAsync(() => _commands.ActivateAsync(Id, version, ct), "Campaigns_Activated");

    public Task<IActionResult> OnPostCloseAsync(int version, CancellationToken ct) =>
        AnswerAsync(() => _commands.CloseAsync(Id, version, ct), "Campaigns_Closed");

    /// <summary>The grid as CSV: a line per target customer, a column per step (done / overdue / open).</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (await _queries.DetailAsync(Id, ct) is not { } view)
        {
            return NotFound();
        }
        var c = view.Campaign;
        var header = new List<string> { _l["Campaigns_Col_Customer"], _l["Campaigns_Col_Assignee"] };
        header.AddRange(c.Steps.Select((s, i) => $"{i + 1}. {view.TypeName(s.ActionTypeId, Chinese)} ×{s.Quantity}"));
        header.Add(_l["Campaigns_Col_StepsDone"]);
        var rows = view.Progress.Customers.Select(r => (IReadOnlyList<object?>)
        [
            r.Customer.Name, view.Name(r.Customer.AssigneeId),
            .. r.Cells.Select(cell => (object?)$"{_l["Campaigns_Cell_" + cell.State].Value} {cell.Count}/{cell.Needed}"),
            $"{r.StepsDone}/{r.Cells.Count}",
        ]);
        return this.Csv("campaign", _clock.Today, header, rows);
    }

    private async Task<IActionResult> AnswerAsync(Func<Task> command, string doneKey)
    {
        try
        {
            await command();
            return this.Done(_l[doneKey], routeValues: new { id = Id });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, new { id = Id });
        }
    }
}
