using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Leads.Application.Corrections;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Areas.Leads.Pages.Customers;

/// <summary>Customers the user may see (own / team / all) with Health's grade, searchable by code, name or phone, filtered by grade.</summary>
public sealed class IndexModel : PageModel
{
    private readonly CustomerQueries _queries;
    private readonly RecordAccess _access;
    private readonly TraceModeQueries _trace;
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    internal IndexModel(CustomerQueries queries, RecordAccess access, TraceModeQueries trace)
    {
        _queries = queries;
        _access = access;
        _trace = trace;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Grade filter: A+, A, B, C, "none" (not graded yet) or empty (all).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Grade { get; set; }

    internal IReadOnlyList<CustomerRow> Rows { get; private set; } = [];
    public TraceModeNotice? TraceMode { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await _queries.ListAsync(Q, Grade, 200, ct);
        _names = await _access.NamesAsync(ct);
        TraceMode = await _trace.MineAsync(ct);
    }

    public string Name(Guid? id) => id is { } v && _names.TryGetValue(v, out var n) ? n : "—";
}
