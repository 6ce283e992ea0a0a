using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesSuite.Quotes.Application.PublicLink;
using SalesSuite.Quotes.Background;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Data.Seeding;
using SalesSuite.Quotes.Web;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes;

public sealed class QuotesModule : IModule
{
    public const string Policy = "Quotes.Access";

    internal static readonly string[] AccessRoles =
    [
        Roles.Admin, Roles.SalesDirector, Roles.RegionalManager, Roles.Salesperson, Roles.Tech, Roles.Finance, Roles.Legal,
        Roles.GeneralManager,
    ];

    public string Name => "Quotes";

    public IReadOnlyList<ModuleNavItem> Navigation { get; } =
        [new("Nav_Quotes", "Quotes", "/Index", AccessRoles)];

    /// <summary>Services are registered by convention (ADR 0008): *Commands, *Queries, *Service, *Work, *Seeder, validators.</summary>
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<QuotesDbContext>(configuration, "quotes");
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(AccessRoles));
        if (configuration.GetValue("Quotes:TickerEnabled", true))
        {
            services.AddPeriodicWork<QuoteMaintenanceWork>(TimeSpan.FromSeconds(30));
        }
        AddPublicPage(services, configuration);
        var permits = configuration.GetValue("Quotes:PublicPermitsPerMinute", 120);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicLinks.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                PublicClientKey.Of(context.Connection.RemoteIpAddress),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                }));
        });
    }

    /// <summary>
    /// The customer's page: views are queued and written by <see cref="QuoteViewFlusher"/> (each host its own queue;
    /// <c>Quotes:ViewFlushEnabled</c>, default true, tests flush by hand; <c>Quotes:ViewFlushMilliseconds</c>, default 500);
    /// pages are cached per token and stamp.
    /// </summary>
    private static void AddPublicPage(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<QuoteViewQueue>();
        services.AddSingleton<StampedCache<QuotesModule>>();
        services.AddSingleton<PublicQuotePageCache>();
        services.AddSingleton<QrImageCache>();
        var interval = TimeSpan.FromMilliseconds(configuration.GetValue("Quotes:ViewFlushMilliseconds", 500));
        services.AddSingleton(sp => new QuoteViewFlusher(
            sp.GetRequiredService<QuoteViewQueue>(), sp.GetRequiredService<IServiceScopeFactory>(), interval,
            sp.GetRequiredService<ILogger<QuoteViewFlusher>>()));
        if (configuration.GetValue("Quotes:ViewFlushEnabled", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<QuoteViewFlusher>());
        }
    }

    public void ConfigurePages(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeAreaFolder("Quotes", "/", Policy);
        options.Conventions.AllowAnonymousToAreaPage("Quotes", "/Public/View");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => QrEndpoints.Map(endpoints);

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<QuotesDemoSeeder>().SeedAsync(cancellationToken);
}
