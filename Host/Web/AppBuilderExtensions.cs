using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Seeding;
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
    /// seeds the demo organisation once (Development and Testing only).
    /// </summary>
    public static async Task PrepareDatabasesAsync(this WebApplication app, bool migrate = false)
    {
        var settings = DbContextRegistration.ReadOptions(app.Configuration);
        if (migrate || settings.MigrateOnStartup)
        {
            await DatabaseMigrator.MigrateAllAsync(app.Services);
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Roles are the product's, not demo data: every environment has them.
            await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>());
            if (DemoSeedPolicy.IsEnabled(app.Configuration, app.Environment))
            {
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(scope.ServiceProvider, CancellationToken.None);
            }
            else
            {
                await FirstAdministrator.EnsureAsync(scope.ServiceProvider, app.Configuration, app.Logger);
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
