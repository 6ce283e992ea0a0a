using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Health.Application;
using SalesSuite.Health.Application.Archive;
using SalesSuite.Health.Application.Projection;
using SalesSuite.Health.Background;
using SalesSuite.Health.Data;
using SalesSuite.Health.Data.Seeding;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Health;

public sealed class HealthModule : IModule
{
    public const string Policy = "Health.Access";

    internal static readonly string[] AccessRoles = [Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.GeneralManager];

    public string Name => "Health";

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Health", "Health", "/Index", AccessRoles)];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<HealthDbContext>(configuration, "health");
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(AccessRoles));
        // The projection's parts (the *Service / *Commands / *Queries classes are registered by convention).
        services.AddScoped<Periods>();
        services.AddScoped<TeamResolver>();
        services.AddScoped<ProjectionSettings>();
        services.AddScoped<HealthProjector>();
        if (configuration.GetValue("Health:BackgroundEnabled", true))
        {
            services.AddPeriodicWork<RulesWork>(RulesWork.Interval);
            services.AddPeriodicWork<GradingWork>(GradingWork.Interval);
        }
        services.AddSingleton<RebuildGate>();
        // The process pages' sums and medians per process stamp and reader's scope (one per process; the stamp is in the database).
        services.AddSingleton<StampedCache<HealthModule>>();
        services.AddModuleCommand(RebuildCommandLine.Command);
        // The home page's Health card (the host renders it for these roles, without referencing Health).
        services.AddHomePanel(new HomePanel(Name, "Home_PanelTitle", "Health", "/Home/Panel", AccessRoles, Order: 10));
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IConfiguration>().GetValue("Health:DemoData", true)
            ? services.GetRequiredService<HealthDemoSeeder>().SeedAsync(cancellationToken)
            : Task.CompletedTask;

    public void ConfigurePages(RazorPagesOptions options) =>
        options.Conventions.AuthorizeAreaFolder("Health", "/", Policy);
}
