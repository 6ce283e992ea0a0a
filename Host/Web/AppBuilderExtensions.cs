using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Seeding;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Web;

internal static class AppBuilderExtensions
{
    public static WebApplication UseSalesSuite(this WebApplication app)
    {
        if (ReverseProxyRegistration.IsConfigured(app.Configuration))
        {
            app.UseForwardedHeaders();
        }
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseMiddleware<RequestBodyLimit>();
        // Before authentication: a throttled sign-in POST costs no password hash.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapHealthEndpoints();
        foreach (var module in app.Services.GetServices<IModule>())
        {
            module.MapEndpoints(app);
        }
        return app;
    }

    /// <summary>
    /// Migrates every module database (when Database:MigrateOnStartup, or <paramref name="migrate"/> for a command), then
    /// checks the platform's roles and seeds the demo organisation once (Development and Testing only). With
    /// <paramref name="beginStartupTasks"/> (a host about to serve) and no demo data to seed, the modules' startup tasks
    /// start as soon as the databases are migrated, alongside the roles' check and the pipeline's build.
    /// </summary>
    public static async Task PrepareDatabasesAsync(this WebApplication app, bool migrate = false, bool beginStartupTasks = false)
    {
        var settings = DbContextRegistration.ReadOptions(app.Configuration);
        if (migrate || settings.MigrateOnStartup)
        {
            await DatabaseMigrator.MigrateAllAsync(app.Services);
        }
        var seeding = DemoSeedPolicy.IsEnabled(app.Configuration, app.Environment);
        if (beginStartupTasks && !seeding)
        {
            // The tasks read module data only; nothing below writes any (roles and the first administrator are the platform's).
            StartupTasks.Begin(app.Services);
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var adminExists = await PlatformRoles.EnsureAsync(
                services.GetRequiredService<HostDbContext>(), services.GetRequiredService<RoleManager<AppRole>>());
            if (seeding)
            {
                await services.GetRequiredService<DemoSeeder>().SeedAsync(services, CancellationToken.None);
            }
            else if (!adminExists)
            {
                await FirstAdministrator.EnsureAsync(services, app.Configuration, app.Logger);
            }
        }
        DataProtectionRegistration.WarnIfKeysUnprotected(app);
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment(DemoSeedPolicy.TestingEnvironment)
            && string.IsNullOrWhiteSpace(app.Configuration["PublicBaseUrl"]))
        {
            // Customer links and QR codes never use the Host header outside development: without this they cannot be made.
            app.Logger.LogWarning("PublicBaseUrl is not set: quote links and QR codes for customers cannot be shown.");
        }
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
    }
}
