using Microsoft.AspNetCore.Identity;
using SalesSuite.Host.Areas.Admin;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Notifications;
using SalesSuite.Host.Seeding;
using SalesSuite.SharedKernel;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Web;

internal static class HostBuilderExtensions
{
    public const string AdminPolicy = "Platform.Admin";

    public static WebApplicationBuilder AddSalesSuite(this WebApplicationBuilder builder)
    {
        // Module CSS/JS under _content/SalesSuite.<Module>/ in every environment (tests, too), not only Development.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        var configuration = builder.Configuration;
        if (configuration.GetValue<bool>("Logging:Json"))
        {
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
        }
        services.AddHttpContextAccessor();
        // Chinese text is emitted as-is, not as &#x..; entities.
        services.AddWebEncoders(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSharedKernel();
        services.AddModuleDbContext<HostDbContext>(configuration, "platform");
        services.AddIntegrationEventHandlersFrom(typeof(HostBuilderExtensions).Assembly);
        services.AddModules(configuration, HostModules.All);
        services.AddScoped<IOrganisation, Organisation>();
        services.AddScoped<NotificationText>();
        services.AddScoped<NotificationCommands>();
        services.AddScoped<DemoSeeder>();
        services.AddIdentityAndCookies();
        services.AddPersistentDataProtection(configuration, builder.Environment);
        services.AddAdminArea();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddSalesSuitePages(HostModules.All);
        services.AddSalesSuiteLocalization();
        services.AddRateLimiter(_ => { });
        services.AddHealthChecks().AddCheck<DatabasesHealthCheck>("databases");
        return builder;
    }

    private static void AddIdentityAndCookies(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<HostDbContext>()
            .AddDefaultTokenProviders()
            .AddUserManager<AppUserManager>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>();
        // A deactivated user or a changed password ends other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "SalesSuite.Auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.Events.OnRedirectToLogin = HtmxAwareRedirects.ToLogin;
            o.Events.OnRedirectToAccessDenied = HtmxAwareRedirects.ToAccessDenied;
        });
    }
}
