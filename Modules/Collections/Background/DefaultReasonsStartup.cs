using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesSuite.Collections.Application.Reasons;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Collections.Background;

/// <summary>
/// Makes sure the default overdue reasons exist when the app starts, in every environment (production too). It runs
/// after the host migrated the databases and before the first request. Not a migration: the playbook is a JSON column,
/// which EF's HasData cannot seed, and Collections' migrations are squashed before release, which would drop a
/// hand-written insert. A database that is not migrated yet is logged and left alone (the next start adds them).
/// </summary>
internal sealed class DefaultReasonsStartup(IServiceScopeFactory scopes, ILogger<DefaultReasonsStartup> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var added = await scope.ServiceProvider.GetRequiredService<ReasonCommands>().EnsureDefaultsAsync(cancellationToken);
            if (added > 0)
            {
                logger.LogInformation("Added {Count} default overdue reasons", added);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The default overdue reasons could not be ensured; they are retried on the next start");
        }
    }
}
