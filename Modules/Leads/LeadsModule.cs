using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Api;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Pool;
using SalesSuite.Leads.Background;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Data.Seeding;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads;

public sealed class LeadsModule : IModule
{
    public const string Policy = "Leads.Access";
    public const string ConfigPolicy = "Leads.Configure";
    public const string ModuleName = "Leads";

    /// <summary>Roles that work with leads, customers and deals (every page of the module).</summary>
    internal static readonly string[] SalesRoles = [Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.Salesperson, Roles.GeneralManager];
    /// <summary>Roles that receive stage tasks: they may open only the task list (<see cref="SalesOnlyFilter"/> answers 403 elsewhere).</summary>
    internal static readonly string[] TaskRoles = [Roles.Tech, Roles.Finance, Roles.DeliveryManager, Roles.Marketing];
    internal static readonly string[] AccessRoles = [.. SalesRoles, .. TaskRoles];
    /// <summary>Who may enter and import leads: the sales roles and Marketing (trade-show scans, campaigns).</summary>
    internal static readonly string[] IntakeRoles = [.. SalesRoles, Roles.Marketing];
    internal static readonly string[] ConfigRoles = [Roles.Admin, Roles.SalesDirector];

    public string Name => ModuleName;

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Leads", "Leads", "/Index", SalesRoles), new("Nav_LeadsTasks", "Leads", "/Tasks/Index", TaskRoles),
         new("Nav_LeadsIntake", "Leads", "/Intake/Index", [Roles.Marketing])];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<LeadsDbContext>(configuration, "leads");
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireRole(AccessRoles))
            .AddPolicy(ConfigPolicy, p => p.RequireRole(ConfigRoles));
        // Not named by the convention (ModuleServices.Suffixes): registered here until renamed.
        if (configuration.GetValue("Leads:BackgroundEnabled", true))
        {
            services.AddPeriodicWork<LeadsWork>(TimeSpan.FromSeconds(30));
        }
        // Reads and renders shared per change token (the live boards, the leads list's counts and first page): one per process.
        services.AddSingleton(new StampedCache<LeadsModule>(maxEntries: 2_000));
        // The claims in progress, per lead: simultaneous claims of one lead join the one in progress (one per process).
        services.AddSingleton<ClaimFlights>();
        // Not behind the flag: announcing pipelines Health has not seen is not periodic work.
        services.AddStartupTask<PipelineAnnouncementStartup>();
        var permits = configuration.GetValue("Leads:IntakePermitsPerMinute", 60);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(IntakeEndpoint.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                IntakeEndpoint.Partition(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    public void ConfigurePages(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeAreaFolder("Leads", "/", Policy);
        options.Conventions.AuthorizeAreaFolder("Leads", "/Config", ConfigPolicy);
        options.Conventions.AddAreaFolderApplicationModelConvention("Leads", "/", model =>
        {
            var path = model.ViewEnginePath;
            if (path.StartsWith("/Tasks/", StringComparison.Ordinal))
            {
                return;
            }
            var intake = path.StartsWith("/Intake/", StringComparison.Ordinal) || path.StartsWith("/Import/", StringComparison.Ordinal);
            // The risk list is also the delivery manager's (when Leads' visit settings copy risk cards to that role).
            var risks = path == "/Visits/Risks";
            model.Filters.Add(new SalesOnlyFilter(intake ? IntakeRoles : risks ? [.. SalesRoles, Roles.DeliveryManager] : SalesRoles));
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/leads/intake", IntakeEndpoint.HandleAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(IntakeEndpoint.RateLimitPolicy);

    public async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<LeadsDemoSeeder>().SeedAsync(cancellationToken);
}
