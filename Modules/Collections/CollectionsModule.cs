using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Background;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Data.Seeding;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections;

public sealed class CollectionsModule : IModule
{
    public const string Policy = "Collections.Access";
    public const string ReasonsPolicy = "Collections.Reasons";

    internal static readonly string[] AccessRoles =
    [
        Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.Salesperson, Roles.Finance, Roles.GeneralManager,
        // Legal reviews disputed contract clauses: a step of the 合同条款争议 playbook (their tasks on the overdue page).
        Roles.Legal,
    ];

    /// <summary>Who configures overdue reasons and their playbooks.</summary>
    internal static readonly string[] ReasonRoles = [Roles.Finance, Roles.SalesDirector, Roles.Admin];

    public string Name => "Collections";

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Collections", "Collections", "/Index", AccessRoles)];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CollectionsDbContext>(configuration, "collections");
        // Reports computed once per change stamp of the receivables and business date (AgingQueries).
        services.AddSingleton<StampedCache<CollectionsModule>>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireRole(AccessRoles))
            .AddPolicy(ReasonsPolicy, p => p.RequireRole(ReasonRoles));
        // Every environment gets the default overdue reasons (not demo data).
        services.AddStartupTask<DefaultReasonsStartup>();
        // Tests turn the timers off and call the works' TickAsync after advancing the FakeClock.
        if (configuration.GetValue("Collections:BackgroundEnabled", true))
        {
            services.AddPeriodicWork<ReportEscalationWork>(TimeSpan.FromMinutes(5));
            services.AddPeriodicWork<OverdueWork>(OverdueWork.Interval);
        }
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IConfiguration>().GetValue("Collections:DemoData", true)
            ? services.GetRequiredService<CollectionsDemoSeeder>().SeedAsync(cancellationToken)
            : Task.CompletedTask;

    public void ConfigurePages(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeAreaFolder("Collections", "/", Policy);
        options.Conventions.AuthorizeAreaFolder("Collections", "/Reasons", ReasonsPolicy);
    }
}
