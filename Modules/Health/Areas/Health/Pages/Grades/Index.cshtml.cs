using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Health.Application;
using SalesSuite.Health.Application.Grading;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Health.Areas.Health.Pages.Grades;

/// <summary>Customer grades A+..C: the distribution (SVG), the list with each factor, a grade filter, CSV; the director grades now.</summary>
public sealed class IndexModel : PageModel
{
    private readonly GradingQueries _queries;
    private readonly GradingCommands _commands;
    private readonly HealthAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<HealthModule> _l;

    internal IndexModel(GradingQueries queries, GradingCommands commands, HealthAccess access, BusinessClock clock, IStringLocalizer<HealthModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Grade { get; set; }

    internal IReadOnlyList<(string Grade, int Count)> Distribution { get; private set; } = [];
    internal IReadOnlyList<GradeRow> Rows { get; private set; } = [];
    public bool CanGradeNow => _access.CanConfigure;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Distribution = await _queries.DistributionAsync(ct);
        Rows = await _queries.ListAsync(Grade, ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await _queries.ListAsync(Grade, ct);
        string[] header = ["Grade_Col_Customer", "Grade_Col_Owner", "Grade_Col_Grade", "Grade_Col_Score", "Grade_Factor_payment",
            "Grade_Factor_speed", "Grade_Factor_tier", "Grade_Factor_competition", "Grade_Col_GradedAt"];
        var bytes = CsvExport.Write([.. header.Select(k => _l[k].Value)], rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Customer, r.Owner, r.Grade, r.Score, .. r.Factors.Select(f => (object?)f.Score),
            r.GradedAt.InZone(_clock.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ]));
        return File(bytes, "text/csv; charset=utf-8", $"health-grades-{_clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    public async Task<IActionResult> OnPostGradeNowAsync(CancellationToken ct)
    {
        var changed = await _commands.GradeNowAsync(ct);
        return this.Done(_l["Grade_Done", changed]);
    }
}
