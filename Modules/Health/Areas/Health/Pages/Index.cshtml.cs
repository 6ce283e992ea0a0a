using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Data;

namespace SalesSuite.Health.Areas.Health.Pages;

public sealed class IndexModel : PageModel
{
    private readonly HealthDbContext _db;

    internal IndexModel(HealthDbContext db) => _db = db;

    public int EventsPublished { get; private set; }
    public int ChangesLogged { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EventsPublished = await _db.Outbox.CountAsync(cancellationToken);
        ChangesLogged = await _db.OperationLog.CountAsync(cancellationToken);
    }
}
