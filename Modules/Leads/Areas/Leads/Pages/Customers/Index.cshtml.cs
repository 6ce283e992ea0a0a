using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Areas.Leads.Pages.Customers;

/// <summary>Customers the user may see (own / team / all), searchable by code, name or phone.</summary>
public sealed class IndexModel : PageModel
{
    private readonly CustomerQueries _queries;
    private readonly RecordAccess _access;
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    internal IndexModel(CustomerQueries queries, RecordAccess access)
    {
        _queries = queries;
        _access = access;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    internal IReadOnlyList<Customer> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await _queries.ListAsync(Q, 200, ct);
        _names = await _access.NamesAsync(ct);
    }

    public string Name(Guid? id) => id is { } v && _names.TryGetValue(v, out var n) ? n : "—";
}
