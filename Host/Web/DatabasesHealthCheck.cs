using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Web;

/// <summary>/readyz (readiness, for the load balancer): every module database answers.</summary>
internal sealed class DatabasesHealthCheck(IServiceProvider services, ModuleDatabaseRegistry registry) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var failing = new List<string>();
        foreach (var type in registry.Contexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                failing.Add(type.Name);
            }
        }
        return failing.Count == 0
            ? HealthCheckResult.Healthy($"{registry.Contexts.Count} databases reachable")
            : HealthCheckResult.Unhealthy("Unreachable: " + string.Join(", ", failing));
    }
}
