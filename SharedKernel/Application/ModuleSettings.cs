using Microsoft.EntityFrameworkCore;

namespace SalesSuite.SharedKernel.Application;

/// <summary>
/// A module's single settings row. Reading never inserts (the defaults of <typeparamref name="TSettings"/> stand in
/// until someone saves); <see cref="ForChangeAsync"/> returns a tracked row, added only when the command commits.
/// </summary>
public sealed class ModuleSettings<TContext, TSettings>(TContext db)
    where TContext : DbContext
    where TSettings : class, new()
{
    public async Task<TSettings> ReadAsync(CancellationToken cancellationToken) =>
        await db.Set<TSettings>().AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new TSettings();

    public async Task<TSettings> ForChangeAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Set<TSettings>().SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new TSettings();
            db.Set<TSettings>().Add(settings);
        }
        return settings;
    }
}
