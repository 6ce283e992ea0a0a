using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Hq;

namespace SalesSuite.Stores.Areas.Stores.Pages.Reports;

/// <summary>
/// One daily report in full. Headquarters (configuration roles) and the store's supervisor mark each roll-out line right
/// or wrong (htmx: the line is swapped in place); the server checks who may, per store.
/// </summary>
public sealed class DetailModel : PageModel
{
    private readonly ReportDetailQueries _queries;
    private readonly RolloutCommands _commands;

    internal DetailModel(ReportDetailQueries queries, RolloutCommands commands, BusinessClock clock)
    {
        _queries = queries;
        _commands = commands;
        Clock = clock;
    }

    internal BusinessClock Clock { get; }

    internal ReportDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Detail = await _queries.DetailAsync(id, ct);
            return Page();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostVerifyAsync(Guid id, Guid lineId, bool correct, CancellationToken ct)
    {
        try
        {
            await _commands.VerifyAsync(lineId, correct, ct);
            if (!Request.IsHtmx())
            {
                return RedirectToPage(new { id });
            }
            var (line, canVerify) = await _queries.RolloutLineAsync(lineId, ct);
            return Partial("_RolloutLine", new RolloutLineView(id, line, canVerify));
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
}
