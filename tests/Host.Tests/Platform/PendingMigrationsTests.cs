using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>Both migration sets (Sqlite, SqlServer) of every registered context match its model.</summary>
public sealed class PendingMigrationsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Providers => new() { nameof(DatabaseProvider.Sqlite), nameof(DatabaseProvider.SqlServer) };

    /// <summary>The context's design-time factory (the same one dotnet-ef uses to add migrations).</summary>
    internal static DbContext Create(Type contextType, string provider)
    {
        var factoryInterface = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(contextType);
        var designTimeFactory = contextType.Assembly.GetTypes()
            .Single(t => !t.IsAbstract && factoryInterface.IsAssignableFrom(t));
        var instance = Activator.CreateInstance(designTimeFactory, nonPublic: true)!;
        return (DbContext)factoryInterface.GetMethod("CreateDbContext")!.Invoke(instance, [new[] { "--provider", provider }])!;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Given_every_module_context_When_compared_with_its_migrations_Then_no_model_change_is_pending(string provider)
    {
        var contexts = factory.Services.GetRequiredService<ModuleDatabaseRegistry>().Contexts;
        Assert.True(contexts.Count >= 1 + SalesSuite.Host.Web.HostModules.All.Count);
        var pending = new List<string>();
        foreach (var type in contexts)
        {
            using var db = Create(type, provider);
            Assert.Equal(provider == "SqlServer", db.Database.IsSqlServer());
            Assert.NotEmpty(db.Database.GetMigrations());
            if (db.Database.HasPendingModelChanges())
            {
                pending.Add(type.Name);
            }
        }

        Assert.Empty(pending);
    }
}
