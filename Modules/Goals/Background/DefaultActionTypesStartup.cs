using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesSuite.Goals.Application.ActionTypes;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Goals.Background;

/// <summary>
/// Makes sure the default evidence standards exist when the app starts, in every environment (production too), after
/// the host migrated the databases (the same pattern as Collections' default overdue reasons: the rule's columns and
/// the squashed migrations make a migration insert brittle). A failure is logged; the next start retries.
/// </summary>
internal sealed class DefaultActionTypesStartup(IServiceScopeFactory scopes, ILogger<DefaultActionTypesStartup> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var added = await scope.ServiceProvider.GetRequiredService<ActionTypeDefaultsService>().EnsureAsync(cancellationToken);
            if (added > 0)
            {
                logger.LogInformation("Added {Count} default key action types", added);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The default key action types could not be ensured; they are retried on the next start");
        }
    }
}
