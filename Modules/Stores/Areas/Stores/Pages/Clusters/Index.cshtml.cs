using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Application.Clusters;

namespace SalesSuite.Stores.Areas.Stores.Pages.Clusters;

/// <summary>
/// Raised issue clusters: category, week, count against the threshold, stores, the person responsible and the playbook
/// tasks done of pushed. Headquarters sees all; others the clusters of their stores or those they answer for.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ClusterQueries _queries;
    private readonly IStringLocalizer<StoresModule> _l;
    private readonly BusinessClock _clock;

    internal IndexModel(ClusterQueries queries, IStringLocalizer<StoresModule> l, BusinessClock clock)
    {
        _queries = queries;
        _l = l;
        _clock = clock;
    }

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    internal IReadOnlyList<ClusterRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await _queries.ListAsync(Open, ClusterQueries.PageSize, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await _queries.ListAsync(Open, 10_000, ct);
        string[] header =
        [
            _l["Cluster_Category"], _l["Cluster_Week"], _l["Cluster_Count"], _l["Cluster_Threshold"], _l["Cluster_Stores"],
            _l["Cluster_Responsible"], _l["Cluster_TasksPushed"], _l["Cluster_TasksDone"], _l["Cluster_Status"], _l["Cluster_Note"],
        ];
        var lines = rows.Select(r => (IReadOnlyList<object?>)
        [
            r.CategoryName, StoresFormat.Date(r.WeekStart), r.Count, r.Threshold, r.StoreCount, Responsible(r), r.TasksPushed, r.TasksDone,
            r.ClosedAt is null ? _l["Cluster_Open"].Value : _l["Cluster_Closed"].Value, r.ClosingNote,
        ]);
        var name = string.Create(CultureInfo.InvariantCulture, $"clusters-{_clock.Today:yyyy-MM-dd}.csv");
        return File(CsvExport.Write(header, lines), "text/csv; charset=utf-8", name);
    }

    internal string Responsible(ClusterRow row) => row.ResponsibleUserId is null ? _l["Cluster_DirectorRole"].Value : row.ResponsibleName;
}
