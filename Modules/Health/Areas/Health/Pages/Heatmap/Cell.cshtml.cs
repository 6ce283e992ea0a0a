using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application;
using SalesSuite.Health.Application.Process;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Health.Areas.Health.Pages.Heatmap;

/// <summary>The records behind one heatmap cell (a step × a team / person, or the step's total), each linked to its page.</summary>
public sealed class CellModel : PageModel
{
    private readonly ProcessQueries _process;
    private readonly HealthAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<HealthModule> _l;

    internal CellModel(ProcessQueries process, HealthAccess access, BusinessClock clock, IStringLocalizer<HealthModule> l)
    {
        _process = process;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public ProcessFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Step { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid? Column { get; set; }

    internal string StepName { get; private set; } = "";
    internal string ColumnName { get; private set; } = "";
    internal IReadOnlyList<StepSample> Records { get; private set; } = [];
    internal IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        return this.Csv("heatmap-cell", _clock.Today, _l,
            ["Heatmap_Rec_Label", "Heatmap_Rec_Type", "Heatmap_Rec_Owner", "Heatmap_Rec_Ended", "Heatmap_Rec_Duration", "Heatmap_Rec_Delay",
                "Heatmap_Rec_Breached", "Heatmap_Rec_Skipped", "Heatmap_Rec_Link"],
            Records.Select(r => (IReadOnlyList<object?>)
            [
                r.Label, r.RecordType, Owner(r),
                r.EndedAt.InZone(_clock.Zone).LocalDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                HealthCsv.Round(r.DurationHours), HealthCsv.Round(r.DelayHours), r.Breached ? 1 : 0, r.Skipped ? 1 : 0, r.Record.Url,
            ]));
    }

    internal string Owner(StepSample r) => People.GetValueOrDefault(r.OwnerId, "");

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!Enum.TryParse<StepKind>(Kind, ignoreCase: true, out var kind) || string.IsNullOrEmpty(Step))
        {
            return false;
        }
        StepName = StepNames.Display(_l, kind, Step);
        var names = await _process.ColumnNamesAsync(Filter.Columns, ct);
        ColumnName = Column switch
        {
            null => _l["Heatmap_AllColumns"],
            { } c when names.TryGetValue(c, out var n) => n,
            { } c when c == Guid.Empty => _l["Heatmap_NoTeam"],
            { } c => c.ToString()[..8],
        };
        Records = await _process.RecordsAsync(kind, Step, Filter.Columns, Column, Filter.Weeks, ct);
        People = await _access.Records.NamesAsync(ct);
        return true;
    }
}
