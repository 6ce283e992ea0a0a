using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Data;

namespace SalesSuite.Collections.Areas.Collections.Pages;

public sealed class IndexModel : PageModel
{
    private readonly CollectionsDbContext _db;

    internal IndexModel(CollectionsDbContext db) => _db = db;

    public int EventsPublished { get; private set; }
    public int ChangesLogged { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EventsPublished = await _db.Outbox.CountAsync(cancellationToken);
        ChangesLogged = await _db.OperationLog.CountAsync(cancellationToken);
    }
}
