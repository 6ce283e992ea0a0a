using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Health.Application.Thresholds;

/// <summary>
/// The director (or admin) sets an indicator's green / red thresholds or puts back the seeds' defaults. A form that
/// showed an older version is refused (409); every change is in the operation log.
/// </summary>
internal sealed class ThresholdCommands(HealthDbContext db, UnitOfWork<HealthDbContext> uow, HealthAccess access)
{
    public bool CanConfigure => access.CanConfigure;

    public Task ChangeAsync(ThresholdInput input, CancellationToken ct) =>
        SetAsync(input.Code, input.Green ?? 0, input.Red ?? 0, input.Version, "Threshold.Change", ct);

    public Task ResetAsync(string code, int version, CancellationToken ct)
    {
        var indicator = Indicator.Get(code);
        return SetAsync(code, indicator.Green, indicator.Red, version, "Threshold.Reset", ct);
    }

    private async Task SetAsync(string code, double green, double red, int version, string operation, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        Indicator.Get(code);
        var row = await db.Thresholds.FindAsync([code], ct);
        StaleEditException.ThrowIfChanged(version, row?.Version ?? 0);
        if (row is null)
        {
            // Version 1: the defaults were version 0, so a form that showed them is stale once a row exists.
            db.Thresholds.Add(new IndicatorThreshold(code, green, red) { Version = 1 });
        }
        else
        {
            db.Entry(row).Property(x => x.Version).OriginalValue = version;
            row.Change(green, red);
        }
        await uow.CommitAsync(operation, ct);
    }
}
