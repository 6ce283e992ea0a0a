using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SalesSuite.Host.Areas.Admin;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Notifications;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.Host.Seeding;
using SalesSuite.SharedKernel;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Host.Web;

internal static class HostBuilderExtensions
{
    public const string AdminPolicy = "Platform.Admin";

    /// <summary>
    /// <c>dotnet SalesSuite.Host.dll platform migrate</c>: the deployment step that migrates every module database once,
    /// before N hosts (with Database:MigrateOnStartup=false) start; commands always migrate first, so it only reports.
    /// </summary>
    private static readonly ModuleCommand MigrateCommand = new(
        "platform", "migrate", "Applies every module's pending migrations, then exits (a deployment step).",
        (_, output, _) =>
        {
            output.WriteLine("Every module database is up to date.");
            return Task.FromResult(0);
        });

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
        // Before the modules' tasks: of the startup tasks that run once the host listens (one after another), the sign-in
        // warm-up goes first, since the first person signs in within a fraction of a second.
        services.AddStartupTask<SignInWarmUp>();
        services.AddModules(configuration, HostModules.All);
        services.AddScoped<IOrganisation, Organisation>();
        services.AddSingleton<StampedCache<Organisation>>();
        services.AddScoped<NotificationText>();
        services.AddScoped<NotificationCommands>();
        services.AddNotificationChannels(configuration);
        services.AddScoped<DemoSeeder>();
        services.AddModuleCommand(MigrateCommand);
        services.AddIdentityAndCookies(configuration, builder.Environment);
        services.AddReverseProxySupport(configuration);
        services.AddSingleton<IPublicUrls, PublicUrls>();
        // Kestrel's own ceiling matches the app's default; RequestBodyLimit lowers or raises it per endpoint.
        builder.WebHost.ConfigureKestrel(o =>
            o.Limits.MaxRequestBodySize = configuration.GetValue("RequestLimits:MaxBodyBytes", RequestBodyLimit.DefaultMaxBodyBytes));
        services.AddPersistentDataProtection(configuration, builder.Environment);
        services.AddAdminArea();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddSalesSuitePages(HostModules.All);
        // The framework's check behind a cache of passed checks (registered by the pages above).
        services.Decorate<IAntiforgery>((inner, sp) =>
            new CachedAntiforgery(inner, sp.GetRequiredService<IOptions<AntiforgeryOptions>>(), TimeProvider.System));
        services.AddSalesSuiteLocalization();
        services.AddSignInThrottle(configuration);
        // /healthz: the process answers (liveness); /readyz: it can serve (every database, the file store) - for the balancer.
        services.AddHealthChecks()
            .AddCheck<DatabasesHealthCheck>("databases", tags: [HealthEndpoints.Ready])
            .AddCheck<FileStoreHealthCheck>("files", tags: [HealthEndpoints.Ready]);
        return builder;
    }

    private static void AddIdentityAndCookies(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Plain http only where it is a developer's or a test's loopback; everywhere else cookies go over https only.
        var secure = environment.IsDevelopment() || environment.IsEnvironment(DemoSeedPolicy.TestingEnvironment)
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        services.Configure<SessionOptions>(configuration.GetSection("Session"));
        services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = secure);
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = secure);
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
            o.Cookie.SecurePolicy = secure;
            o.Events.OnRedirectToLogin = HtmxAwareRedirects.ToLogin;
            o.Events.OnRedirectToAccessDenied = HtmxAwareRedirects.ToAccessDenied;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionOptions>>((o, session) => SessionLifetime.Configure(o, session.Value));
        // After the cookie handler's post-configuration (registered by AddIdentity above), which makes the format it wraps.
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, CachedTicketFormat.Setup>();
    }
}
