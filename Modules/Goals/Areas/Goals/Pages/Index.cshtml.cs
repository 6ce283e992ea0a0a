using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;

namespace SalesSuite.Goals.Areas.Goals.Pages;

public sealed class IndexModel : PageModel
{
    private readonly GoalsDbContext _db;

    internal IndexModel(GoalsDbContext db) => _db = db;

    public int EventsPublished { get; private set; }
    public int ChangesLogged { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EventsPublished = await _db.Outbox.CountAsync(cancellationToken);
        ChangesLogged = await _db.OperationLog.CountAsync(cancellationToken);
    }
}
