using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Events;

/// <summary>
/// The handler implementations registered for each event type, read once from the service collection, with a
/// compiled factory each: the bus builds exactly one instance of each handler per message, in that handler's own
/// scope (k handlers = k scopes, k instances).
/// </summary>
internal sealed class HandlerCatalog(IServiceCollection services)
{
    private readonly ConcurrentDictionary<Type, IReadOnlyList<HandlerEntry>> _byEvent = new();

    public IReadOnlyList<HandlerEntry> For(Type eventType) => _byEvent.GetOrAdd(eventType, Build);

    private IReadOnlyList<HandlerEntry> Build(Type eventType)
    {
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType);
        return services
            .Where(d => d.ServiceType == handlerType && !d.IsKeyedService)
            .Select(d => new HandlerEntry(Name(d), Factory(d)))
            .DistinctBy(e => e.Name)
            .ToList();
    }

    private static string Name(ServiceDescriptor d) =>
        (d.ImplementationType ?? d.ImplementationInstance?.GetType() ?? d.ServiceType).FullName!;

    private static Func<IServiceProvider, object> Factory(ServiceDescriptor d)
    {
        if (d.ImplementationInstance is { } instance)
        {
            return _ => instance;
        }
        if (d.ImplementationFactory is { } factory)
        {
            return factory;
        }
        var create = ActivatorUtilities.CreateFactory(d.ImplementationType!, Type.EmptyTypes);
        return provider => create(provider, null);
    }
}
