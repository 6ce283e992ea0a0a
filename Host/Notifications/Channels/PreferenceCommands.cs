using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Application;

namespace SalesSuite.Host.Notifications.Channels;

/// <summary>A person saves their channels per type; a choice equal to the role default is not stored (defaults can evolve).</summary>
internal sealed class PreferenceCommands(HostDbContext db, UnitOfWork<HostDbContext> unitOfWork)
{
    public async Task SaveAsync(
        Guid userId, DeliveryChannel roleDefault, IReadOnlyDictionary<(string Module, string Key), DeliveryChannel> choices, CancellationToken ct)
    {
        var stored = await db.ChannelPreferences.Where(p => p.UserId == userId).ToListAsync(ct);
        foreach (var ((module, key), channels) in choices)
        {
            var row = stored.FirstOrDefault(p => p.SourceModule == module && p.TextKey == key);
            if (channels == roleDefault)
            {
                if (row is not null)
                {
                    db.ChannelPreferences.Remove(row);
                }
                continue;
            }
            if (row is null)
            {
                db.ChannelPreferences.Add(new ChannelPreference { UserId = userId, SourceModule = module, TextKey = key, Channels = channels });
            }
            else
            {
                row.Channels = channels;
            }
        }
        await unitOfWork.CommitAsync("Channels.Preferences", ct);
    }

    public async Task<Dictionary<(string Module, string Key), DeliveryChannel>> ReadAsync(Guid userId, CancellationToken ct) =>
        (await db.ChannelPreferences.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct))
            .ToDictionary(p => (p.SourceModule, p.TextKey), p => p.Channels);
}
