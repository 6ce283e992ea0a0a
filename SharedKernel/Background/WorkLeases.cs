using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Background;

/// <summary>
/// Takes the lease of a named unit of work in a module's database: renews it when this host holds it, takes it over
/// when it has ended (its holder stopped or died), or creates it; a host that finds another live holder gets false.
/// Every step is one conditional statement, so two hosts can never both win.
/// </summary>
public sealed class WorkLeases(IClock clock, HostInstance host)
{
    public async Task<bool> TryTakeAsync(IKernelDbContext db, string name, TimeSpan length, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var until = now + Duration.FromTimeSpan(length);
        var me = host.Name;
        var taken = await db.WorkLeases.Where(l => l.Name == name && (l.Holder == me || l.Until < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, me).SetProperty(l => l.Until, until), ct);
        if (taken == 1)
        {
            return true;
        }
        if (await db.WorkLeases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }
        var context = (DbContext)db;
        context.ChangeTracker.Clear();
        db.WorkLeases.Add(new WorkLease(name, me, until));
        try
        {
            await context.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another host created the row between our look and our insert: the key is unique, theirs stands.
            context.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Ends this host's lease now (a graceful stop), so another host takes the work on its next tick.</summary>
    public async Task ReleaseAsync(IKernelDbContext db, string name, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var me = host.Name;
        await db.WorkLeases.Where(l => l.Name == name && l.Holder == me)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, now - Duration.FromSeconds(1)), ct);
    }
}
