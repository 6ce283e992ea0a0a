using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Areas.Goals.Pages;

public sealed class IndexModel : PageModel
{
    private readonly GoalsDbContext _db;
    private readonly BusinessClock _clock;

    internal IndexModel(GoalsDbContext db, BusinessClock clock)
    {
        _db = db;
        _clock = clock;
    }

    internal GoalPeriod Quarter { get; private set; }
    public int EvidenceThisQuarter { get; private set; }
    public int ActiveStandards { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Quarter = GoalPeriod.Of(PeriodKind.Quarter, _clock.Today);
        var (from, to) = (Quarter.Start, Quarter.End);
        EvidenceThisQuarter = await _db.Facts.CountAsync(f => f.Day >= from && f.Day <= to, cancellationToken);
        ActiveStandards = await _db.ActionTypes.CountAsync(t => t.Active, cancellationToken);
    }
}
