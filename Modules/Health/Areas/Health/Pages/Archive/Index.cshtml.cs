using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application.Archive;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Health.Areas.Health.Pages.Archive;

/// <summary>
/// The event archive (what Health has consumed, by type) and the rebuild of the read models from it: director and admin
/// only. The rebuild is a plain form POST with a confirmation box (no script needed), answered with a flash (PRG).
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ArchiveQueries _queries;
    private readonly ArchiveCommands _commands;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<HealthModule> _l;

    internal IndexModel(ArchiveQueries queries, ArchiveCommands commands, BusinessClock clock, IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _commands = commands;
        _clock = clock;
        _l = l;
    }

    internal ArchiveStats Stats { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Stats = await _queries.StatsAsync(ct);
            return Page();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>The table of event types as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        try
        {
            var stats = await _queries.StatsAsync(ct);
            string[] header = [_l["Archive_Type"], _l["Archive_Events"], _l["Archive_Oldest"], _l["Archive_Newest"]];
            var bytes = CsvExport.Write(header, stats.ByType.Select(t => (IReadOnlyList<object?>)[t.Name, t.Events, When(t.Oldest), When(t.Newest)]));
            return File(bytes, "text/csv; charset=utf-8", "health-archive.csv");
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    public async Task<IActionResult> OnPostRebuildAsync(bool confirm, CancellationToken ct)
    {
        try
        {
            if (!confirm)
            {
                throw new DomainException("Rebuild_Error_Confirm");
            }
            var result = await _commands.RebuildAsync(ct);
            return this.Done(_l["Rebuild_Done", result.Events, result.Unreadable, Seconds(result.Elapsed.TotalSeconds)]);
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }

    public string When(NodaTime.Instant? at) => at is { } a ? _clock.Format(a) : "—";

    public static string Seconds(double seconds) => seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
