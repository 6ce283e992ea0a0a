using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;

namespace SalesSuite.Stores.Application.Media;

/// <summary>
/// The clean-up of uploads nobody will use: file rows never attached to a report after a day (uploaded, never submitted),
/// and stored bytes with no row at all after an hour (a submit that failed after the files were written). Only the day
/// folders of the last <see cref="SweepDays"/> days are listed: older orphans were removed by earlier sweeps.
/// </summary>
internal sealed class MediaCommands(
    StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, MediaService media, IFileStore files, BusinessClock clock)
{
    public const int SweepDays = 7;
    public static readonly Duration UnattachedRowAge = Duration.FromDays(1);
    public static readonly Duration OrphanBytesAge = Duration.FromHours(1);
    private const int Batch = 200;

    public async Task<MediaSweep> SweepOrphansAsync(CancellationToken ct)
    {
        var rows = await RemoveUnattachedRowsAsync(ct);
        var bytes = await RemoveOrphanBytesAsync(ct);
        return new MediaSweep(rows, bytes);
    }

    private async Task<int> RemoveUnattachedRowsAsync(CancellationToken ct)
    {
        var before = clock.Now - UnattachedRowAge;
        var stale = await db.Files.Where(f => f.ReportId == null && f.UploadedAt < before).Take(Batch * 5).ToListAsync(ct);
        if (stale.Count == 0)
        {
            return 0;
        }
        db.Files.RemoveRange(stale);
        await unitOfWork.CommitAsync("Stores.Files.SweepUnattached", ct);
        // Bytes after the rows: if a delete fails now, the bytes have no row and the next sweep removes them.
        foreach (var file in stale)
        {
            await media.DeleteAsync(file, ct);
        }
        return stale.Count;
    }

    private async Task<int> RemoveOrphanBytesAsync(CancellationToken ct)
    {
        var before = clock.Now - OrphanBytesAge;
        var storeIds = await db.Stores.AsNoTracking().Select(s => s.Id).ToListAsync(ct);
        var candidates = new List<(string Key, Guid FileId)>();
        foreach (var storeId in storeIds)
        {
            for (var day = clock.Today.PlusDays(-SweepDays); day <= clock.Today; day = day.PlusDays(1))
            {
                var prefix = $"stores/{storeId:N}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/";
                await foreach (var file in files.ListAsync(prefix, ct))
                {
                    if (file.WrittenAt < before && FileIdOf(file.Key) is { } id)
                    {
                        candidates.Add((file.Key, id));
                    }
                }
            }
        }
        var removed = 0;
        foreach (var chunk in candidates.Chunk(Batch))
        {
            var ids = chunk.Select(c => c.FileId).Distinct().ToList();
            var known = (await db.Files.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct)).ToHashSet();
            foreach (var (key, _) in chunk.Where(c => !known.Contains(c.FileId)))
            {
                removed += await files.DeleteAsync(key, ct) ? 1 : 0;
            }
        }
        return removed;
    }

    /// <summary>"stores/{store}/{day}/{id:N}.jpg" or "…/{id:N}-thumb.jpg" → id; null for names we did not write.</summary>
    internal static Guid? FileIdOf(string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        var stem = name.Split('.')[0];
        stem = stem.EndsWith("-thumb", StringComparison.Ordinal) ? stem[..^"-thumb".Length] : stem;
        return Guid.TryParseExact(stem, "N", out var id) ? id : null;
    }
}
