using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Areas.Collections.Pages.Contracts;

/// <summary>The contracts the reader may see, searchable by number or customer, paged, exportable as CSV.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ContractQueries _queries;
    private readonly CollectionsAccess _access;
    private readonly BusinessClock _clock;

    internal IndexModel(ContractQueries queries, CollectionsAccess access, BusinessClock clock)
    {
        _queries = queries;
        _access = access;
        _clock = clock;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal ContractPage Result { get; private set; } = new([], 1, 0, ContractQueries.PageSize);
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public bool CanCreate => _access.IsFinance;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await _queries.ListAsync(Q, PageNumber, ct);
        Names = await _access.Records.NamesAsync(ct);
    }

    /// <summary>Every matching contract as CSV that Excel opens (UTF-8 with BOM; text that looks like a formula is escaped).</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await _queries.ExportAsync(Q, ct), "text/csv; charset=utf-8", $"contracts-{_clock.Today:yyyy-MM-dd}.csv");

    internal string Name(Guid id) => Names.TryGetValue(id, out var name) ? name : "—";
}
