using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Given_the_leads_model_When_compared_with_the_migrations_Then_nothing_is_pending(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<LeadsDbContext>();
        var settings = new DatabaseOptions
        {
            Provider = provider,
            DataFolder = Path.Combine(Path.GetTempPath(), "salessuite-migration-check"),
            SqlServerConnectionString = "Server=localhost;Database=none;Trusted_Connection=True;TrustServerCertificate=True",
        };
        DbContextRegistration.Configure(builder, settings, Path.GetTempPath(), "leads");
        using var db = new LeadsDbContext(builder.Options);
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
