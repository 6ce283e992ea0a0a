using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests.Persistence;

public sealed class SqliteConnectionSettingsTests
{
    [Theory]
    [InlineData(null, null, 1L, -1024L)]
    [InlineData("Full", "256", 2L, -256L)]
    public async Task Given_a_module_connection_When_it_opens_Then_it_waits_for_locks_in_SQLite_syncs_and_caches_as_configured(
        string? synchronous, string? cacheKiB, long expected, long expectedCache)
    {
        var folder = KernelHost.NewFolder();
        var settings = new Dictionary<string, string?> { ["Database:SqliteSynchronous"] = synchronous, ["Database:SqliteCacheKiB"] = cacheKiB }
            .Where(s => s.Value is not null).ToDictionary();
        await using (var host = await KernelHost.StartAsync(folder, settings: settings))
        {
            // The second scope opens the pooled native connection again (the settings are sent once per native connection).
            for (var open = 0; open < 2; open++)
            {
                var (sync, timeout, cache) = await host.InScopeAsync(async (db, _) =>
                {
                    await db.Database.OpenConnectionAsync();
                    return (await Pragma(db, "synchronous"), await Pragma(db, "busy_timeout"), await Pragma(db, "cache_size"));
                });

                Assert.Equal(expected, sync);
                Assert.Equal(30_000L, timeout);
                Assert.Equal(expectedCache, cache);
            }
        }
        KernelHost.DeleteFolder(folder);
    }

    private static async Task<long> Pragma(DbContext db, string name)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
