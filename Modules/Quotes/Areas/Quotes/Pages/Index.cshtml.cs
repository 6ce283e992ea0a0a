using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Quotes.Areas.Quotes.Pages;

/// <summary>My (or my team's) quotes, and the steps waiting for my decision, oldest first.</summary>
public sealed class IndexModel : PageModel
{
    private readonly QuotesDbContext _db;
    private readonly QuoteAccess _access;
    private readonly BusinessClock _clock;

    internal IndexModel(QuotesDbContext db, QuoteAccess access, BusinessClock clock, People people)
    {
        _db = db;
        _access = access;
        _clock = clock;
        People = people;
    }

    internal People People { get; }
    internal List<Quote> Mine { get; private set; } = [];
    internal List<(Quote Quote, ApprovalStep Step)> Awaiting { get; private set; } = [];
    internal NodaTime.Instant Now => _clock.Now;
    internal bool CanCreate => _access.IsInRole(SalesSuite.SharedKernel.Identity.Roles.Salesperson);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await People.LoadAsync(ct);
        var visibility = await _access.VisibilityAsync(ct);
        var quotes = await _db.Quotes.AsNoTracking().ToListAsync(ct);
        Mine = quotes.Where(q => visibility.CanSee(q.OwnerId)).OrderByDescending(q => q.UpdatedAt).ToList();
        var steps = await _db.ApprovalSteps.AsNoTracking().Where(s => s.Status == StepStatus.Active).ToListAsync(ct);
        Awaiting = steps.Where(s => _access.IsInRole(s.Role))
            .Join(quotes, s => s.QuoteId, q => q.Id, (s, q) => (q, s))
            .Where(x => x.q.OwnerId != _access.UserId)
            .OrderBy(x => x.s.ActivatedAt)
            .ToList();
    }
}
