using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesSuite.Leads.Application.Config;
using SalesSuite.SharedKernel.Background;

namespace SalesSuite.Leads.Background;

/// <summary>
/// Makes sure every pipeline has been announced (<c>PipelineChanged</c>) once in its current state, so Health knows the
/// stages and their amber / red days of pipelines that existed before the event did, and of the demo pipeline. It runs
/// after the host migrated and seeded the databases, in every environment, and the host does not wait for it to listen
/// (Health receives the announcement through the outbox in any case). A failure is logged; the next start retries.
/// </summary>
internal sealed class PipelineAnnouncementStartup(IServiceScopeFactory scopes, ILogger<PipelineAnnouncementStartup> logger)
    : IStartupTask
{
    public bool BeforeListening => false;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var announced = await scope.ServiceProvider.GetRequiredService<PipelineCommands>().AnnounceUnpublishedAsync(cancellationToken);
            if (announced > 0)
            {
                logger.LogInformation("Announced {Count} pipelines", announced);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The pipelines could not be announced; they are retried on the next start");
        }
    }
}
