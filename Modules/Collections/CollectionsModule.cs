using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Background;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Data.Seeding;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections;

public sealed class CollectionsModule : IModule
{
    public const string Policy = "Collections.Access";

    internal static readonly string[] AccessRoles =
    [
        Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.Salesperson, Roles.Finance, Roles.GeneralManager,
    ];

    public string Name => "Collections";

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Collections", "Collections", "/Index", AccessRoles)];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CollectionsDbContext>(configuration, "collections");
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(AccessRoles));
        if (configuration.GetValue("Collections:BackgroundEnabled", true))
        {
            services.AddPeriodicWork<ReportEscalationWork>(TimeSpan.FromMinutes(5));
        }
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CollectionsDemoSeeder>().SeedAsync(cancellationToken);

    public void ConfigurePages(RazorPagesOptions options) =>
        options.Conventions.AuthorizeAreaFolder("Collections", "/", Policy);
}
