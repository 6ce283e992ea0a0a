using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Quality;

namespace SalesSuite.Stores.Areas.Stores.Pages.Quality;

/// <summary>
/// Report quality and the store manager's monthly score per store for one month (month picker, sortable columns, CSV).
/// Everyone sees only the stores in their scope (a store manager their own), with the formula explained.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly QualityQueries _queries;
    private readonly IStringLocalizer<StoresModule> _l;
    private readonly BusinessClock _clock;

    internal IndexModel(QualityQueries queries, IStringLocalizer<StoresModule> l, BusinessClock clock)
    {
        _queries = queries;
        _l = l;
        _clock = clock;
    }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    internal QualityMonth View { get; private set; } = null!;

    internal string MonthText => YearMonthPattern.Iso.Format(View.Month);

    public async Task OnGetAsync(CancellationToken ct) => View = await _queries.MonthAsync(SelectedMonth(), Sort, Desc, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        View = await _queries.MonthAsync(SelectedMonth(), Sort, Desc, ct);
        string[] header =
        [
            _l["Quality_StoreCode"], _l["Quality_Store"], _l["Quality_Region"], _l["Quality_DaysReported"], _l["Quality_DaysSoFar"],
            _l["Quality_Compliance"], _l["Quality_Valid"], _l["Quality_Duplicates"], _l["Quality_DuplicateRate"], _l["Quality_Quality"],
            _l["Quality_Normalised"], _l["Quality_Score"],
        ];
        var lines = View.Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Code, r.Name, r.Region, r.DaysReported, r.DaysSoFar, Plain(r.CompliancePercent), Plain(r.Valid), Plain(r.Duplicates),
            Plain(r.DuplicateRate * 100), Plain(r.Quality), Plain(r.QualityNormalised), Plain(r.ManagerScore),
        ]);
        var name = string.Create(CultureInfo.InvariantCulture, $"report-quality-{MonthText}.csv");
        return File(CsvExport.Write(header, lines), "text/csv; charset=utf-8", name);
    }

    private static decimal Plain(decimal value) => StoresFormat.Plain(value);

    /// <summary>A link that sorts by <paramref name="key"/>, flipping the direction when it is already the sort.</summary>
    internal string SortLink(string key) =>
        Url.Page("/Quality/Index", new { month = MonthText, sort = key, desc = Sort == key ? !Desc : key != "code" })!;

    private YearMonth SelectedMonth() =>
        YearMonthPattern.Iso.Parse(Month?.Trim() ?? string.Empty) is { Success: true } parsed ? parsed.Value : _clock.Today.ToYearMonth();
}
