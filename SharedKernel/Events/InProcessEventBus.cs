using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// Invokes handlers safely: one failing subscriber is logged and reported, never thrown at the others
/// or at the publisher, whose change is already committed. Each handler runs once, in its own scope.
/// </summary>
internal sealed class InProcessEventBus(
    IServiceScopeFactory scopes, HandlerCatalog catalog, ILogger<InProcessEventBus> logger) : IEventBus
{
    private static readonly ConcurrentDictionary<Type, Func<object, IIntegrationEvent, CancellationToken, Task>> Invokers = new();

    private static readonly MethodInfo InvokeMethod =
        typeof(InProcessEventBus).GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<IReadOnlyList<HandlerFailure>> DeliverAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var eventType = integrationEvent.GetType();
        var invoke = Invokers.GetOrAdd(eventType, t =>
            InvokeMethod.MakeGenericMethod(t).CreateDelegate<Func<object, IIntegrationEvent, CancellationToken, Task>>());
        var failures = new List<HandlerFailure>();
        foreach (var entry in catalog.For(eventType))
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await invoke(entry.Create(scope.ServiceProvider), integrationEvent, cancellationToken);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Handler {Handler} failed for event {EventType} {EventId}",
                    entry.Name, eventType.Name, integrationEvent.EventId);
                failures.Add(new HandlerFailure(entry.Name, ex));
            }
        }
        return failures;
    }

    private static Task InvokeAsync<TEvent>(object handler, IIntegrationEvent integrationEvent, CancellationToken ct)
        where TEvent : IIntegrationEvent =>
        ((IIntegrationEventHandler<TEvent>)handler).HandleAsync((TEvent)integrationEvent, ct);
}
