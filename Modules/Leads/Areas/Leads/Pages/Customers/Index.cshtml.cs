using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Corrections;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

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

    /// <summary>The filtered list as Excel opens it (the kernel's CSV: UTF-8 with BOM, formulas neutralised).</summary>
    public async Task<IActionResult> OnGetCsvAsync(
        [FromServices] BusinessClock clock, [FromServices] IStringLocalizer<LeadsModule> l, CancellationToken ct)
    {
        await OnGetAsync(ct);
        string[] header = [l["Customer_Code"], l["Lead_Company"], l["Lead_Contact"], l["Lead_Industry"], l["Lead_Owner"], l["Grade_Title"]];
        var rows = Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Customer.Code, r.Customer.Name, $"{r.Customer.ContactName} · {r.Customer.Phone}", r.Customer.Industry,
            Name(r.Customer.OwnerId), r.Grade,
        ]);
        return this.Csv("customers", clock.Today, header, rows);
    }

    public string Name(Guid? id) => id is { } v && _names.TryGetValue(v, out var n) ? n : "—";
}
