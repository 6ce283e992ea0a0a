using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Data;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Tests.Module;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Given_the_model_Then_each_provider_has_a_migration_for_every_change(DatabaseProvider provider)
    {
        using var db = ModuleDesignTimeFactory<QuotesDbContext>.Create(provider, Path.GetTempPath(), "quotes-model-check");
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: run tools/add-migration.sh for Quotes");
    }
}
