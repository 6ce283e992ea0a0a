using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.Stores.Background;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Data.Seeding;

namespace SalesSuite.Stores;

public sealed class StoresModule : IModule
{
    public const string Policy = "Stores.Access";
    /// <summary>Headquarters configuration (/Stores/Config/...): <see cref="Application.StoresAccess.ConfigureRoles"/> only.</summary>
    public const string ConfigPolicy = "Stores.Configure";

    internal static readonly string[] AccessRoles =
    [
        Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.StoreManager, Roles.Marketing, Roles.GeneralManager,
    ];

    public string Name => "Stores";

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Stores", "Stores", "/Index", AccessRoles)];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<StoresDbContext>(configuration, "stores");
        // Headquarters reports shared per change stamp, business date and viewer scope: one per process.
        services.AddSingleton<StampedCache<StoresModule>>();
        if (configuration.GetValue("Stores:BackgroundEnabled", true))
        {
            services.AddPeriodicWork<ClusterWork>(ClusterWork.Interval);
            services.AddPeriodicWork<OrphanFilesWork>(OrphanFilesWork.Interval);
        }
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireRole(AccessRoles))
            .AddPolicy(ConfigPolicy, p => p.RequireRole(Application.StoresAccess.ConfigureRoles));
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IConfiguration>().GetValue("Stores:DemoData", true)
            ? services.GetRequiredService<StoresDemoSeeder>().SeedAsync(cancellationToken)
            : Task.CompletedTask;

    public void ConfigurePages(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeAreaFolder("Stores", "/", Policy);
        options.Conventions.AuthorizeAreaFolder("Stores", "/Config", ConfigPolicy);
    }
}
