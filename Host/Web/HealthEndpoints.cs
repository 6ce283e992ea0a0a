using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SalesSuite.Host.Web;

/// <summary>
/// /healthz is liveness: the process answers (no dependency is checked, so a database blip does not get every host
/// restarted). /readyz is readiness for the load balancer: every module database and the file store answer.
/// </summary>
internal static class HealthEndpoints
{
    public const string Ready = "ready";

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous();
        return app;
    }
}
