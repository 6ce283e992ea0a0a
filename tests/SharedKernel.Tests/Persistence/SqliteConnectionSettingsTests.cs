using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests.Persistence;

public sealed class SqliteConnectionSettingsTests
{
    [Theory]
    [InlineData(null, 1L)]
    [InlineData("Full", 2L)]
    public async Task Given_a_module_connection_When_it_opens_Then_it_waits_for_locks_in_SQLite_and_syncs_as_configured(
        string? synchronous, long expected)
    {
        var folder = KernelHost.NewFolder();
        var settings = synchronous is null ? null : new Dictionary<string, string?> { ["Database:SqliteSynchronous"] = synchronous };
        await using (var host = await KernelHost.StartAsync(folder, settings: settings))
        {
            var (sync, timeout) = await host.InScopeAsync(async (db, _) =>
            {
                await db.Database.OpenConnectionAsync();
                return (await Pragma(db, "synchronous"), await Pragma(db, "busy_timeout"));
            });

            Assert.Equal(expected, sync);
            Assert.Equal(30_000L, timeout);
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
