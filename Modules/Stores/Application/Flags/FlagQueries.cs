using Microsoft.EntityFrameworkCore;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Application.Flags;

/// <summary>
/// Same-question flags of the stores the reader supervises (headquarters: all), newest run first, filtered in the
/// database by the store scope. Store managers do not read flags (they are their supervisors' signal).
/// </summary>
internal sealed class FlagQueries(StoresDbContext db, StoresAccess access)
{
    public const int PageSize = 300;
    public const int ExportLimit = 10_000;

    public bool CanRead => access.IsHeadquarters || access.IsSupervisor;

    public async Task<IReadOnlyList<FlagRow>> ListAsync(bool openOnly, int limit, CancellationToken ct) =>
        await QueryAsync(openOnly, null, limit, ct);

    public async Task<FlagRow?> RowAsync(Guid id, CancellationToken ct) => (await QueryAsync(false, id, 1, ct)).FirstOrDefault();

    private async Task<IReadOnlyList<FlagRow>> QueryAsync(bool openOnly, Guid? id, int limit, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(ct);
        var flags = scope.Apply(db.Flags.AsNoTracking(), f => f.StoreId);
        if (openOnly)
        {
            flags = flags.Where(f => f.AcknowledgedAt == null);
        }
        if (id is { } one)
        {
            flags = flags.Where(f => f.Id == one);
        }
        var rows = await flags
            .Join(db.Stores.AsNoTracking(), f => f.StoreId, s => s.Id, (f, s) => new { Flag = f, s.Code, s.Name, s.Region })
            .OrderByDescending(x => x.Flag.LastDay).ThenBy(x => x.Code)
            .Take(limit)
            .ToListAsync(ct);
        var names = await access.Records.NamesAsync(ct);
        return rows.Select(x => new FlagRow(x.Flag.Id, x.Flag.StoreId, x.Code, x.Name, x.Region, x.Flag.Question, x.Flag.FirstDay, x.Flag.LastDay,
            x.Flag.SupervisorUserId is { } s ? names.GetValueOrDefault(s) ?? string.Empty : string.Empty, x.Flag.RaisedAt,
            x.Flag.AcknowledgedAt, x.Flag.SupervisorNote)).ToList();
    }
}
