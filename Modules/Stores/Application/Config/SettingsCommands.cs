using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

/// <summary>Headquarters changes Stores' settings (one row; the first save inserts it). Logged.</summary>
internal sealed class SettingsCommands(
    StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, ModuleSettings<StoresDbContext, StoresSettings> settings, StoresAccess access)
{
    public async Task SaveAsync(SettingsInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var row = await settings.ForChangeAsync(ct);
        if (db.Entry(row).State != EntityState.Added)
        {
            StaleEditException.ThrowIfChanged(input.Version, row.Version);
            db.Entry(row).Property(x => x.Version).OriginalValue = input.Version;
        }
        else
        {
            // The defaults were shown as version 0: the inserted row is version 1, so a second form showing the defaults is stale.
            StaleEditException.ThrowIfChanged(input.Version, 0);
            row.Version = 1;
        }
        row.Change(
            input.ClusterThreshold, input.SameQuestionDays, input.QualityWeightPercent, input.DuplicateSimilarityPercent, input.DailyQuotaMegabytes);
        await unitOfWork.CommitAsync("StoresSettings.Change", ct);
    }
}
