using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Leads.Application.Actions;

/// <summary>Next-action use cases: mark an open action the user may see as done.</summary>
internal sealed class NextActionCommands(LeadsDbContext db, RecordAccess access, UnitOfWork<LeadsDbContext> uow, IClock clock)
{
    public async Task DoneAsync(Guid id, CancellationToken ct)
    {
        var action = await db.NextActions.FirstOrDefaultAsync(a => a.Id == id && a.DoneAt == null, ct);
        if (action is null || !await access.CanSeeAsync(action.OwnerId, ct))
        {
            throw new KeyNotFoundException();
        }
        action.Complete(clock.GetCurrentInstant());
        await uow.CommitAsync("NextAction.Done", ct);
    }
}
