using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesSuite.SharedKernel.Files;

namespace SalesSuite.Host.Web;

/// <summary>/readyz: the file store answers (a look-up of one key does not fail).</summary>
internal sealed class FileStoreHealthCheck(IFileStore files) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await files.ExistsAsync("health/probe", cancellationToken);
            return HealthCheckResult.Healthy("File store reachable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("File store unreachable: " + ex.Message);
        }
    }
}
