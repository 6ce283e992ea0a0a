using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>Its own host: the start-up check that decides whether a module database needs its migrations applied.</summary>
public sealed class DatabaseMigratorTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_migrated_databases_When_one_misses_its_latest_migration_Then_only_that_one_is_out_of_date()
    {
        var before = await UpToDateAsync();
        var removed = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var latest = db.Database.GetMigrations().Last();
            return await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {latest}");
        });
        var after = await UpToDateAsync();

        Assert.All(before, c => Assert.True(c.UpToDate, c.Context));
        Assert.Equal(1, removed);
        Assert.Equal([nameof(LeadsDbContext)], after.Where(c => !c.UpToDate).Select(c => c.Context));
    }

    [Fact]
    public async Task Given_an_empty_database_file_When_it_is_checked_Then_it_is_out_of_date()
    {
        var folder = Path.Combine(factory.DataFolder, "empty");
        Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<LeadsDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "leads.db")}").Options;
        await using var db = new LeadsDbContext(options);

        Assert.False(await DatabaseMigrator.IsUpToDateAsync(db));
    }

    private Task<List<(string Context, bool UpToDate)>> UpToDateAsync() => factory.InScopeAsync(async sp =>
    {
        var result = new List<(string, bool)>();
        foreach (var type in sp.GetRequiredService<ModuleDatabaseRegistry>().Contexts)
        {
            result.Add((type.Name, await DatabaseMigrator.IsUpToDateAsync((DbContext)sp.GetRequiredService(type))));
        }
        return result;
    });
}
