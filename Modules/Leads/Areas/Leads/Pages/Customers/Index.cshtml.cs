using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Areas.Leads.Pages.Customers;

/// <summary>Customers the user may see (own / team / all), searchable by code, name or phone.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    internal IndexModel(LeadsDbContext db, LeadsAccess access)
    {
        _db = db;
        _access = access;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    internal IReadOnlyList<Customer> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var visibility = await _access.VisibilityAsync(ct);
        var query = _db.Customers.AsNoTracking().Where(c => c.MergedIntoId == null);
        if (!visibility.All)
        {
            var owners = visibility.Owners.ToList();
            query = query.Where(c => c.OwnerId != null && owners.Contains(c.OwnerId.Value));
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            var phone = DuplicateKeys.Phone(q);
            query = query.Where(c => c.Code.Contains(q) || c.Name.Contains(q) || (phone.Length >= 4 && c.NormalizedPhone.Contains(phone)));
        }
        Rows = await query.OrderBy(c => c.Name).Take(200).ToListAsync(ct);
        _names = await _access.NamesAsync(ct);
    }

    public string Name(Guid? id) => id is { } v && _names.TryGetValue(v, out var n) ? n : "—";
}
