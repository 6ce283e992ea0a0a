using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Host.Areas.Admin.History;

/// <summary>A record's operation log, newest first, with ids of people and teams shown as their names.</summary>
internal sealed class HistoryReader(HostDbContext db, BusinessClock clock, IStringLocalizer<HostText> l)
{
    public async Task<IReadOnlyList<HistoryItem>> ReadAsync(string entityType, Guid id, CancellationToken cancellationToken)
    {
        var key = id.ToString();
        var entries = await db.OperationLog.AsNoTracking()
            .Where(x => x.EntityType == entityType && x.EntityId == key)
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        // Entries of one SaveChanges share an instant: within it, keep the store's (insertion) order, reversed.
        return entries.Select((e, index) => (e, index)).OrderByDescending(x => x.e.At).ThenByDescending(x => x.index)
            .Select(x => x.e)
            .Select(e => new HistoryItem(
                clock.Format(e.At),
                e.ActorUserId is { } actor && names.TryGetValue(actor, out var who) ? who : l["Common_System"],
                e.Operation,
                e.ReadChanges()
                    .Where(c => c.Field != "Id")
                    .Select(c => new FieldChange(c.Field, Name(c.Before, names), Name(c.After, names)))
                    .ToList()))
            .ToList();
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken)
    {
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        foreach (var team in await db.Teams.AsNoTracking().ToListAsync(cancellationToken))
        {
            names[team.Id] = team.Name;
        }
        return names;
    }

    private static string? Name(string? value, Dictionary<Guid, string> names) =>
        Guid.TryParse(value, out var id) && names.TryGetValue(id, out var name) ? name : value;
}
