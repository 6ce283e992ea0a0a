using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Persistence;

public static class DbContextRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider, its outbox, and its start-up migration. On SQLite the
    /// context's compiled model is used when its project has one (<see cref="CompiledSqliteModel"/>).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string fileName)
        where TContext : DbContext, IKernelDbContext
    {
        // The options are built per scope (the interceptor is scoped): the settings are read, and the folder made, once.
        Action<DbContextOptionsBuilder>? provider = null;
        services.AddDbContext<TContext>((sp, options) =>
        {
            provider ??= Prepare(
                ReadOptions(configuration), sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory, fileName,
                typeof(TContext));
            provider(options);
            options.AddInterceptors(sp.GetRequiredService<KernelSaveChangesInterceptor>());
        });
        services.AddOutbox<TContext>();
        Registry(services).Add(typeof(TContext));
        return services;
    }

    public static DatabaseOptions ReadOptions(IConfiguration configuration)
    {
        var settings = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        settings.SqlServerConnectionString ??= configuration.GetConnectionString("SqlServer");
        return settings;
    }

    /// <summary>Provider setup shared by the running app and the design-time factories.</summary>
    /// <remarks>Never with the compiled model: tooling and tests need the model the code builds.</remarks>
    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions settings, string contentRoot, string fileName) =>
        Prepare(settings, contentRoot, fileName, contextType: null)(options);

    /// <summary>
    /// The compiled model of <paramref name="contextType"/> for SQLite: the class <c>&lt;context namespace&gt;.CompiledModels.
    /// &lt;context&gt;Model</c> that <c>tools/optimize-models.sh</c> generates into the project's <c>Data/CompiledModels</c>
    /// (the tests fail while it differs from the model the code builds). EF then skips building the model from
    /// <c>OnModelCreating</c> at the context's first use, most of a cold start. Found by name, not by EF's assembly
    /// attribute (the script deletes it): that would make EF use this SQLite model on SQL Server as well. Null when the
    /// project has none.
    /// </summary>
    public static IModel? CompiledSqliteModel(Type contextType) =>
        contextType.Assembly.GetType($"{contextType.Namespace}.CompiledModels.{contextType.Name}Model")
            ?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IModel;

    /// <summary>Checks the settings and makes the SQLite folder now; the returned setup only configures the provider.</summary>
    private static Action<DbContextOptionsBuilder> Prepare(DatabaseOptions settings, string contentRoot, string fileName, Type? contextType)
    {
        if (settings.Provider == DatabaseProvider.SqlServer)
        {
            var connection = settings.SqlServerConnectionString
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is empty.");
            var history = fileName.ToLowerInvariant();
            return options =>
            {
                options.UseSqlServer(connection, sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", history));
                options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
            };
        }
        var folder = Path.IsPathRooted(settings.DataFolder) ? settings.DataFolder : Path.Combine(contentRoot, settings.DataFolder);
        Directory.CreateDirectory(folder);
        var sqlite = $"Data Source={Path.Combine(folder, fileName + ".db")};Default Timeout=30";
        var connectionSettings = new SqliteConnectionSettings(settings);
        var model = contextType is not null && settings.CompiledModels ? CompiledSqliteModel(contextType) : null;
        return options =>
        {
            options.UseSqlite(sqlite);
            if (model is not null)
            {
                options.UseModel(model);
            }
            options.AddInterceptors(connectionSettings);
            options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        };
    }

    private static ModuleDatabaseRegistry Registry(IServiceCollection services)
    {
        var registry = (ModuleDatabaseRegistry?)services.FirstOrDefault(d => d.ServiceType == typeof(ModuleDatabaseRegistry))?.ImplementationInstance;
        if (registry is null)
        {
            registry = new ModuleDatabaseRegistry();
            services.AddSingleton(registry);
        }
        return registry;
    }
}
