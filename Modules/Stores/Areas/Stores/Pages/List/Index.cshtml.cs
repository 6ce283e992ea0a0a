using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application;
using SalesSuite.Stores.Application.Master;

namespace SalesSuite.Stores.Areas.Stores.Pages.List;

/// <summary>The stores the reader may see: search, region and supervisor filters, sortable columns, CSV with the same filters.</summary>
public sealed class IndexModel : PageModel
{
    internal static readonly IReadOnlyList<string> CsvHeaders =
    [
        "Master_Field_Code", "Master_Field_Name", "Master_Field_Region", "Master_Field_Supervisor", "Master_Field_Managers",
        "Master_Field_Radius", "Master_Field_Dwell", "Master_Field_Active",
    ];

    private readonly StoreQueries _queries;
    private readonly StoresAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(StoreQueries queries, StoresAccess access, BusinessClock clock, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Supervisor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    internal IReadOnlyList<StoreRow> Rows { get; private set; } = [];
    internal StoreListOptions Options { get; private set; } = new([], []);
    public bool CanConfigure => _access.CanConfigure;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await _queries.ListAsync(Filter, ct);
        Options = await _queries.OptionsAsync(ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await _queries.ListAsync(Filter, ct);
        var bytes = CsvExport.Write([.. CsvHeaders.Select(k => _l[k].Value)], rows.Select(r => (IReadOnlyList<object?>)
            [r.Code, r.Name, r.Region, r.Supervisor, string.Join("; ", r.Managers), r.RadiusMeters, r.MinDwellMinutes,
             _l[r.Active ? "Common_Yes" : "Common_No"].Value]));
        return File(bytes, "text/csv; charset=utf-8", $"stores-{_clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    internal StoreListFilter Filter => new(Q, Region, Supervisor, Sort, Desc);

    /// <summary>The query string of a column header: sorts by it, or flips the order when it is the current column.</summary>
    internal Dictionary<string, string?> SortRoute(string column) => new()
    {
        ["q"] = Q, ["region"] = Region, ["supervisor"] = Supervisor?.ToString(), ["sort"] = column,
        ["desc"] = (CurrentSort == column && !Desc).ToString().ToLowerInvariant(),
    };

    internal string CurrentSort => Sort is { } s && StoreListFilter.Columns.Contains(s) ? s : "code";

    internal string? AriaSort(string column) => CurrentSort != column ? null : Desc ? "descending" : "ascending";
}
