using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Stores.Background;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;
using SalesSuite.Stores.Tests.Media;
using static SalesSuite.Stores.Tests.Integration.MediaScenario;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>Uploads no report will use are cleaned up: bytes without a row after an hour, unattached rows after a day.</summary>
public sealed class OrphanFilesTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private Task<Application.Media.MediaSweep> TickAsync() =>
        app.InScopeAsync(sp => sp.GetRequiredService<OrphanFilesWork>().TickAsync(CancellationToken.None));

    [Fact]
    public async Task Given_bytes_of_a_failed_submit_and_an_unattached_row_When_the_work_runs_later_Then_both_go_and_used_files_stay()
    {
        var store = await StoreAsync(app);
        var orphan = await AcceptAsync(app, store, FileKind.ShelfPhoto, "lost.jpg", "image/jpeg", TestJpeg.Draw(120, 90));
        var unattached = await SavedAsync(app, store, FileKind.ShelfPhoto, "never-sent.jpg", "image/jpeg", TestJpeg.Draw(120, 90));
        var used = await SavedAsync(app, store, FileKind.Recording, "kept.wav", "audio/wav", TestAudio.Wav(2));
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<StoresDbContext>();
            var report = new DailyReport(Guid.NewGuid(), store, Today, Guid.NewGuid(), app.Clock.GetCurrentInstant(), "orphan-test",
                DailyReport.Exception, null, null);
            db.Reports.Add(report);
            (await db.Files.SingleAsync(f => f.Id == used.Id)).BelongTo(report.Id);
            await db.SaveChangesAsync();
        });

        var tooSoon = await TickAsync();
        app.Clock.Advance(Duration.FromMinutes(61));
        var afterAnHour = await TickAsync();
        var keysAfterAnHour = await StoredKeysAsync(app, store);
        app.Clock.Advance(Duration.FromHours(24));
        var afterADay = await TickAsync();
        var keys = await StoredKeysAsync(app, store);
        var rows = await app.InScopeAsync(sp =>
            sp.GetRequiredService<StoresDbContext>().Files.Where(f => f.StoreId == store).Select(f => f.Id).ToListAsync());

        Assert.Equal((0, 0), (tooSoon.UnattachedRows, tooSoon.OrphanFiles));
        Assert.Equal((0, 2), (afterAnHour.UnattachedRows, afterAnHour.OrphanFiles));
        Assert.DoesNotContain(keysAfterAnHour, k => k.Contains(orphan.Id.ToString("N"), StringComparison.Ordinal));
        Assert.Contains(unattached.StorageKey, keysAfterAnHour);
        Assert.Equal(1, afterADay.UnattachedRows);
        Assert.Equal([used.StorageKey], keys);
        Assert.Equal([used.Id], rows);
    }
}
