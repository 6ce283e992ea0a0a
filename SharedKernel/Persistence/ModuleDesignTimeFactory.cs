using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>
/// For dotnet-ef: <c>dotnet ef migrations add X -- --provider SqlServer</c>. No database is contacted
/// when adding migrations; the SQL Server connection string is a placeholder.
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(string fileName) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => Create(ProviderFrom(args), Path.GetTempPath(), fileName);

    public static DatabaseProvider ProviderFrom(string[] args)
    {
        var index = Array.IndexOf(args, "--provider");
        return index >= 0 && index + 1 < args.Length && Enum.TryParse<DatabaseProvider>(args[index + 1], true, out var p)
            ? p
            : DatabaseProvider.Sqlite;
    }

    /// <summary>A context on the given provider without the app's DI; used by tooling and the pending-migrations tests.</summary>
    public static TContext Create(DatabaseProvider provider, string folder, string fileName)
    {
        var settings = new DatabaseOptions
        {
            Provider = provider,
            DataFolder = folder,
            SqlServerConnectionString = "Server=localhost;Database=SalesSuite_Design;Trusted_Connection=True;TrustServerCertificate=True",
        };
        var builder = new DbContextOptionsBuilder<TContext>();
        DbContextRegistration.Configure(builder, settings, folder, fileName);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }
}
