using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Application.Media;

/// <summary>Reading stored files: one file for someone who may see its store, and the disk use per store and month.</summary>
internal sealed class MediaQueries(StoresDbContext db, StoresAccess access, IFileStore files)
{
    /// <summary>The served copy (or its thumbnail); 404 (<see cref="KeyNotFoundException"/>) when missing or in a store one may not see.</summary>
    public async Task<ServedFile> OpenAsync(Guid id, bool thumbnail, CancellationToken ct)
    {
        var file = await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct) ?? throw new KeyNotFoundException();
        await access.EnsureVisibleAsync(file.StoreId, ct);
        var key = thumbnail ? file.ThumbnailKey ?? throw new KeyNotFoundException() : file.StorageKey;
        var stream = await files.OpenReadAsync(key, ct) ?? throw new KeyNotFoundException();
        return new ServedFile(stream, thumbnail ? "image/jpeg" : file.ContentType, $"\"{id:N}{(thumbnail ? "-t" : string.Empty)}\"");
    }

    /// <summary>
    /// Bytes stored per store and month (files of every kind, served copies and thumbnails) against the reports of that
    /// month, for the administrator. Summed per store and day in SQL, folded into months here (a day row per store at most).
    /// </summary>
    public async Task<MediaUsage> UsageAsync(LocalDate from, LocalDate to, CancellationToken ct)
    {
        if (!access.Records.IsInRole(Roles.Admin))
        {
            throw new UnauthorizedAccessException();
        }
        var bytes = await db.Files.AsNoTracking()
            .Where(f => f.Day >= from && f.Day <= to)
            .GroupBy(f => new { f.StoreId, f.Day })
            .Select(g => new { g.Key.StoreId, g.Key.Day, Files = g.Count(), Bytes = g.Sum(f => f.Bytes) })
            .ToListAsync(ct);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Day >= from && r.Day <= to)
            .GroupBy(r => new { r.StoreId, r.Day })
            .Select(g => new { g.Key.StoreId, g.Key.Day, Count = g.Count() })
            .ToListAsync(ct);
        var stores = await db.Stores.AsNoTracking().Select(s => new { s.Id, s.Code, s.Name }).ToDictionaryAsync(s => s.Id, ct);
        var lines = bytes.Select(b => (b.StoreId, Month: new YearMonth(b.Day.Year, b.Day.Month), b.Files, b.Bytes, Reports: 0))
            .Concat(reports.Select(r => (r.StoreId, Month: new YearMonth(r.Day.Year, r.Day.Month), Files: 0, Bytes: 0L, Reports: r.Count)))
            .GroupBy(x => (x.StoreId, x.Month))
            .Select(g => new MediaUsageLine(
                g.Key.StoreId,
                stores.TryGetValue(g.Key.StoreId, out var s) ? s.Code : "?",
                s?.Name ?? string.Empty,
                g.Key.Month,
                g.Sum(x => x.Files),
                g.Sum(x => x.Bytes),
                g.Sum(x => x.Reports)))
            .OrderByDescending(l => l.Month).ThenBy(l => l.StoreCode, StringComparer.Ordinal)
            .ToList();
        return new MediaUsage(from, to, lines);
    }
}
