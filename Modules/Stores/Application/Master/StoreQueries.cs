using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Master;

/// <summary>
/// The stores a reader may see (<see cref="StoresAccess.ScopeAsync"/>), filtered in the database. A chain has a few
/// hundred stores at most, so the filtered list is ordered in memory (people are sorted by their display names).
/// </summary>
internal sealed class StoreQueries(StoresDbContext db, StoresAccess access)
{
    public const int MaxHistory = 200;

    private static readonly HashSet<string> HiddenFields = ["Id", nameof(Store.Version)];

    public async Task<IReadOnlyList<StoreRow>> ListAsync(StoreListFilter filter, CancellationToken ct)
    {
        var query = (await access.ScopeAsync(ct)).Apply(db.Stores.AsNoTracking(), s => s.Id);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToUpperInvariant();
            query = query.Where(s => s.Code.ToUpper().Contains(q) || s.Name.ToUpper().Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            query = query.Where(s => s.Region == filter.Region);
        }
        if (filter.SupervisorUserId is { } supervisor)
        {
            query = query.Where(s => s.SupervisorUserId == supervisor);
        }
        var names = await access.Records.NamesAsync(ct);
        string? Name(Guid? id) => id is { } v ? names.GetValueOrDefault(v, "—") : null;
        var rows = (await query.ToListAsync(ct)).Select(s => new StoreRow(
            s.Id, s.Code, s.Name, s.Region, Name(s.SupervisorUserId), [.. s.Managers.Select(m => Name(m.UserId)!).Order(StringComparer.Ordinal)],
            s.RadiusMeters, s.MinDwellMinutes, s.Active));
        return [.. Sort(rows, filter.Sort, filter.Descending)];
    }

    public async Task<StoreListOptions> OptionsAsync(CancellationToken ct)
    {
        var stores = (await access.ScopeAsync(ct)).Apply(db.Stores.AsNoTracking(), s => s.Id);
        var regions = await stores.Select(s => s.Region).Distinct().OrderBy(r => r).ToListAsync(ct);
        var supervisorIds = await stores.Where(s => s.SupervisorUserId != null).Select(s => s.SupervisorUserId!.Value).Distinct().ToListAsync(ct);
        var names = await access.Records.NamesAsync(ct);
        return new StoreListOptions(regions, [.. supervisorIds.Select(id => (id, names.GetValueOrDefault(id, "—"))).OrderBy(p => p.Item2)]);
    }

    /// <summary>The edit form of a store (configuration roles only, who see every store); null when there is none.</summary>
    public async Task<(StoreInput Input, string Code)?> FormAsync(Guid id, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var s = await db.Stores.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? null : (new StoreInput
        {
            Code = s.Code, Name = s.Name, Address = s.Address, Region = s.Region, Latitude = s.Latitude, Longitude = s.Longitude,
            RadiusMeters = s.RadiusMeters, MinDwellMinutes = s.MinDwellMinutes, SupervisorUserId = s.SupervisorUserId,
            ManagerUserIds = [.. s.Managers.Select(m => m.UserId)], Active = s.Active, Version = s.Version,
        }, s.Code);
    }

    /// <summary>The store page's facts and history; 404 (KeyNotFoundException) outside the reader's scope.</summary>
    public async Task<StoreDetail> DetailAsync(Guid id, CancellationToken ct)
    {
        await access.EnsureVisibleAsync(id, ct);
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new KeyNotFoundException();
        var names = await access.Records.NamesAsync(ct);
        var log = await db.OperationLog.AsNoTracking()
            .Where(x => x.EntityType == nameof(Store) && x.EntityId == store.Code)
            .OrderByDescending(x => x.At).Take(MaxHistory).ToListAsync(ct);
        // The managers' change is its own log row of the same operation and moment: shown as one entry.
        var history = log.GroupBy(x => (x.At, x.Operation, x.ActorUserId))
            .Select(g => new StoreHistoryEntry(g.Key.At, g.Key.ActorUserId, g.Key.Operation,
                [.. g.SelectMany(x => x.ReadChanges()).Where(c => !HiddenFields.Contains(c.Field))]))
            .ToList();
        return new StoreDetail(store, store.SupervisorUserId is { } sup ? names.GetValueOrDefault(sup, "—") : null,
            [.. store.Managers.Select(m => names.GetValueOrDefault(m.UserId, "—")).Order(StringComparer.Ordinal)], history);
    }

    private static IEnumerable<StoreRow> Sort(IEnumerable<StoreRow> rows, string? column, bool descending)
    {
        Func<StoreRow, object?> key = column switch
        {
            "name" => r => r.Name,
            "region" => r => r.Region,
            "supervisor" => r => r.Supervisor,
            "managers" => r => string.Join(", ", r.Managers),
            "radius" => r => r.RadiusMeters,
            "dwell" => r => r.MinDwellMinutes,
            "active" => r => r.Active,
            _ => r => r.Code,
        };
        var ordered = descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return ordered.ThenBy(r => r.Code, StringComparer.Ordinal);
    }
}
