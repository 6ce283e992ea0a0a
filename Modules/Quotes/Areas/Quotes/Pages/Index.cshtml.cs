using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

public sealed class IndexModel : PageModel
{
    private readonly QuotesDbContext _db;

    internal IndexModel(QuotesDbContext db) => _db = db;

    public int EventsPublished { get; private set; }
    public int ChangesLogged { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EventsPublished = await _db.Outbox.CountAsync(cancellationToken);
        ChangesLogged = await _db.OperationLog.CountAsync(cancellationToken);
    }
}
