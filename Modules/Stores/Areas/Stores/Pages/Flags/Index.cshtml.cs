using System.Globalization;
using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Flags;

namespace SalesSuite.Stores.Areas.Stores.Pages.Flags;

/// <summary>
/// Same-question flags: area supervisors see their stores', headquarters all (store managers get 403). The supervisor
/// acknowledges a flag with a note, one row at a time (htmx; a plain post flashes), authorised per store.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly FlagQueries _queries;
    private readonly FlagCommands _commands;
    private readonly IStringLocalizer<StoresModule> _l;
    private readonly BusinessClock _clock;

    internal IndexModel(FlagQueries queries, FlagCommands commands, IStringLocalizer<StoresModule> l, BusinessClock clock)
    {
        _queries = queries;
        _commands = commands;
        _l = l;
        _clock = clock;
    }

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    internal IReadOnlyList<FlagRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_queries.CanRead)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Rows = await _queries.ListAsync(Open, FlagQueries.PageSize, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!_queries.CanRead)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var rows = await _queries.ListAsync(Open, FlagQueries.ExportLimit, ct);
        string[] header =
        [
            _l["Flag_StoreCode"], _l["Flag_Store"], _l["Flag_Region"], _l["Flag_Question"], _l["Flag_FirstDay"], _l["Flag_LastDay"],
            _l["Flag_Days"], _l["Flag_Supervisor"], _l["Flag_AcknowledgedAt"], _l["Flag_Note"],
        ];
        var lines = rows.Select(r => (IReadOnlyList<object?>)
        [
            r.StoreCode, r.StoreName, r.Region, r.Question, StoresFormat.Date(r.FirstDay), StoresFormat.Date(r.LastDay), r.Days, r.SupervisorName,
            r.AcknowledgedAt is { } at ? _clock.Format(at) : string.Empty, r.Note,
        ]);
        var name = string.Create(CultureInfo.InvariantCulture, $"store-flags-{_clock.Today:yyyy-MM-dd}.csv");
        return File(CsvExport.Write(header, lines), "text/csv; charset=utf-8", name);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, string? note, CancellationToken ct)
    {
        try
        {
            await _commands.AcknowledgeAsync(id, note, ct);
            return await AnswerAsync(id, null, null, StatusCodes.Status200OK, ct);
        }
        catch (DomainException refusal)
        {
            return await AnswerAsync(id, _l.Text(refusal), note, refusal.StatusCode, ct);
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

    /// <summary>htmx: the flag's row as stored now (with the problem next to the note); a plain post: flash + redirect.</summary>
    private async Task<IActionResult> AnswerAsync(Guid id, string? problem, string? note, int status, CancellationToken ct)
    {
        if (!Request.IsHtmx())
        {
            return problem is null ? this.Done(_l["Flag_Acknowledged"], routeValues: new { Open }) : this.Refused(problem, status, new { Open });
        }
        var row = await _queries.RowAsync(id, ct);
        return row is null ? NotFound() : Partial("_Row", new FlagRowView(row, problem, note)).WithStatus(status);
    }
}
