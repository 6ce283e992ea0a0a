using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Health.Application.Actions;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Health.Areas.Health.Pages.Actions;

/// <summary>
/// The actions Health took: who, which rule, why (in the reader's language, with the records behind it), since / until.
/// A manager who sees the person reverses one with a reason; the one who must act marks a review or task done. CSV.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ActionQueries _queries;
    private readonly ActionCommands _commands;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<HealthModule> _l;

    internal IndexModel(ActionQueries queries, ActionCommands commands, BusinessClock clock, IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _commands = commands;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ActionFilter Filter { get; set; } = new();

    internal IReadOnlyList<ActionRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await _queries.ListAsync(Filter, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await _queries.ListAsync(Filter, ct);
        string[] header = ["Action_Col_Person", "Action_Col_Kind", "Action_Col_Explanation", "Action_Col_Since", "Action_Col_Until",
            "Action_Col_Ended", "Action_Col_EndReason"];
        var bytes = CsvExport.Write([.. header.Select(k => _l[k].Value)], rows.Select(r => (IReadOnlyList<object?>)
        [
            r.SubjectName is null ? r.UserName : $"{r.SubjectName} → {r.UserName}", _l["Action_Kind_" + r.Kind].Value, Explain(r),
            Time(r.StartedAt), Time(r.Until), Time(r.EndedAt), r.EndReason,
        ]));
        return File(bytes, "text/csv; charset=utf-8", $"health-actions-{_clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    public async Task<IActionResult> OnPostReverseAsync(Guid id, int version, string? reason, CancellationToken ct)
    {
        try
        {
            await _commands.ReverseAsync(id, version, reason, ct);
            return this.Done(_l["Action_Reversed"], "health-actions", Filter.Query());
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, Filter.Query());
        }
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, int version, string? note, CancellationToken ct)
    {
        try
        {
            await _commands.DoneAsync(id, version, note, ct);
            return this.Done(_l["Action_MarkedDone"], "health-actions", Filter.Query());
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, Filter.Query());
        }
    }

    internal string Explain(ActionRow row) => ExplanationText.Format(_l, row.Explanation);

    internal string Time(Instant? at) =>
        at is { } t ? t.InZone(_clock.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
}
