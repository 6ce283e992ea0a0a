using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Invokes handlers safely: one failing subscriber is logged and reported, never thrown at the others
/// or at the publisher, whose change is already committed.
/// </summary>
internal sealed class InProcessEventBus(IServiceScopeFactory scopes, ILogger<InProcessEventBus> logger) : IEventBus
{
    public async Task<IReadOnlyList<HandlerFailure>> DeliverAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(integrationEvent.GetType());
        var handlerNames = ListHandlers(handlerType);
        var failures = new List<HandlerFailure>();
        foreach (var name in handlerNames)
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices(handlerType)
                .First(h => h!.GetType().FullName == name)!;
            try
            {
                var task = (Task)handlerType.GetMethod("HandleAsync")!.Invoke(handler, [integrationEvent, cancellationToken])!;
                await task;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Handler {Handler} failed for event {EventType} {EventId}",
                    name, integrationEvent.GetType().Name, integrationEvent.EventId);
                failures.Add(new HandlerFailure(name, ex));
            }
        }
        return failures;
    }

    private List<string> ListHandlers(Type handlerType)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices(handlerType).Select(h => h!.GetType().FullName!).Distinct().ToList();
    }
}
