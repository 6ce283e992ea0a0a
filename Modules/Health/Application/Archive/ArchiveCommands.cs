using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Health.Application.Archive;

/// <summary>
/// Rebuilding the read models from the archive, from the admin page (director, admin) or the command line
/// (<c>dotnet run --project Host -- health rebuild</c>). One at a time; every run is recorded with its numbers.
/// </summary>
internal sealed class ArchiveCommands(
    HealthDbContext db, RebuildService rebuild, RebuildGate gate, HealthAccess access, IClock clock, UnitOfWork<HealthDbContext> unitOfWork)
{
    public Task<RebuildResult> RebuildAsync(CancellationToken ct)
    {
        access.EnsureCanConfigure();
        return RunAsync(access.UserId, ct);
    }

    /// <summary>The command line: no signed-in person, the operator of the machine.</summary>
    public Task<RebuildResult> RebuildFromCommandLineAsync(CancellationToken ct) => RunAsync(null, ct);

    private async Task<RebuildResult> RunAsync(Guid? byUserId, CancellationToken ct)
    {
        if (!gate.TryEnter())
        {
            throw new DomainException("Rebuild_Error_Running");
        }
        try
        {
            var now = clock.GetCurrentInstant();
            var last = await db.RebuildRuns.OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
            if (last is not null && last.IsRunning(now))
            {
                // Another instance of the app is rebuilding the same database.
                throw new DomainException("Rebuild_Error_Running");
            }
            var run = new RebuildRun(Guid.NewGuid(), byUserId, now);
            db.RebuildRuns.Add(run);
            await unitOfWork.CommitAsync("Archive.RebuildStarted", ct);
            RebuildResult result;
            try
            {
                result = await rebuild.RebuildAsync(ct);
            }
            catch
            {
                await FinishAsync(run.Id, r => r.Fail(clock.GetCurrentInstant()), "Archive.RebuildFailed", CancellationToken.None);
                throw;
            }
            await FinishAsync(run.Id, r => r.Finish(result.Events, result.Unreadable, result.Elapsed, clock.GetCurrentInstant()),
                "Archive.Rebuild", ct);
            return result;
        }
        finally
        {
            gate.Exit();
        }
    }

    /// <summary>The rebuild cleared the change tracker: the run is loaded again to record how it ended.</summary>
    private async Task FinishAsync(Guid runId, Action<RebuildRun> finish, string operation, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var run = await db.RebuildRuns.SingleAsync(r => r.Id == runId, ct);
        finish(run);
        await unitOfWork.CommitAsync(operation, ct);
    }
}
