using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Goals.Background;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Data.Seeding;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals;

public sealed class GoalsModule : IModule
{
    public const string Policy = "Goals.Access";
    /// <summary>Configuration (/Goals/Config/...): <see cref="Application.GoalsAccess.ConfigureRoles"/> only.</summary>
    public const string ConfigPolicy = "Goals.Configure";

    internal static readonly string[] AccessRoles =
    [
        Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.Salesperson, Roles.GeneralManager,
    ];

    public string Name => "Goals";

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Goals", "Goals", "/Index", AccessRoles)];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<GoalsDbContext>(configuration, "goals");
        // The progress heatmap's counts, computed once per change stamp and period (ProgressQueries).
        services.AddSingleton<StampedCache<GoalsModule>>();
        // Every environment gets the default evidence standards (not demo data).
        services.AddStartupTask<DefaultActionTypesStartup>();
        // Tests turn the timers off and call the works' TickAsync after advancing the FakeClock.
        if (configuration.GetValue("Goals:BackgroundEnabled", true))
        {
            services.AddPeriodicWork<MissedActionWork>(MissedActionWork.Interval);
        }
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireRole(AccessRoles))
            .AddPolicy(ConfigPolicy, p => p.RequireRole(Application.GoalsAccess.ConfigureRoles));
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IConfiguration>().GetValue("Goals:DemoData", true)
            ? services.GetRequiredService<GoalsDemoSeeder>().SeedAsync(cancellationToken)
            : Task.CompletedTask;

    public void ConfigurePages(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeAreaFolder("Goals", "/", Policy);
        options.Conventions.AuthorizeAreaFolder("Goals", "/Config", ConfigPolicy);
    }
}
