using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Areas.Stores.Pages;

public sealed class IndexModel : PageModel
{
    private readonly StoresDbContext _db;

    internal IndexModel(StoresDbContext db) => _db = db;

    public int EventsPublished { get; private set; }
    public int ChangesLogged { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EventsPublished = await _db.Outbox.CountAsync(cancellationToken);
        ChangesLogged = await _db.OperationLog.CountAsync(cancellationToken);
    }
}
