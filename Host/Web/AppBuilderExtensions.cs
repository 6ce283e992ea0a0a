using Microsoft.Extensions.Options;
using SalesSuite.Host.Seeding;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Web;

internal static class AppBuilderExtensions
{
    public static WebApplication UseSalesSuite(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapRazorPages();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        foreach (var module in app.Services.GetServices<IModule>())
        {
            module.MapEndpoints(app);
        }
        return app;
    }

    /// <summary>Migrates every module database, then seeds the demo organisation when Demo:Seed is on (idempotent).</summary>
    public static async Task PrepareDatabasesAsync(this WebApplication app)
    {
        var settings = DbContextRegistration.ReadOptions(app.Configuration);
        if (settings.MigrateOnStartup)
        {
            await DatabaseMigrator.MigrateAllAsync(app.Services);
        }
        if (app.Configuration.GetValue("Demo:Seed", false))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
    }
}
