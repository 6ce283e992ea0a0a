using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Application;
using SalesSuite.Health.Data;

namespace SalesSuite.Health.Areas.Health.Pages;

public sealed class IndexModel : PageModel
{
    private readonly HealthDbContext _db;
    private readonly HealthAccess _access;

    internal IndexModel(HealthDbContext db, HealthAccess access)
    {
        _db = db;
        _access = access;
    }

    /// <summary>Director and admin: the archive and rebuild link.</summary>
    public bool CanConfigure => _access.CanConfigure;

    public int EventsPublished { get; private set; }
    public int ChangesLogged { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EventsPublished = await _db.Outbox.CountAsync(cancellationToken);
        ChangesLogged = await _db.OperationLog.CountAsync(cancellationToken);
    }
}
