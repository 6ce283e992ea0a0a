using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Events;

public static class EventingServiceCollectionExtensions
{
    public static IServiceCollection AddEventing(this IServiceCollection services)
    {
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<HostInstance>();
        Registry(services);
        if (!services.Any(d => d.ServiceType == typeof(HandlerCatalog)))
        {
            // The catalog reads this (final) collection lazily, after every module has registered its handlers.
            services.AddSingleton(new HandlerCatalog(services));
        }
        services.TryAddSingleton<IEventBus, InProcessEventBus>();
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.AddHostedService<OutboxBackgroundService>();
        services.AddHostedService<OutboxRetentionService>();
        return services;
    }

    /// <summary>Adds the context's outbox to the dispatch loop.</summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services)
        where TContext : DbContext, IKernelDbContext
    {
        services.TryAddSingleton<OutboxDispatcher<TContext>>();
        services.TryAddSingleton<OutboxRetention<TContext>>();
        Registry(services).Add<TContext>();
        return services;
    }

    private static OutboxRegistry Registry(IServiceCollection services)
    {
        var registry = (OutboxRegistry?)services.FirstOrDefault(d => d.ServiceType == typeof(OutboxRegistry))?.ImplementationInstance;
        if (registry is null)
        {
            registry = new OutboxRegistry();
            services.AddSingleton(registry);
        }
        return registry;
    }

    /// <summary>Scrutor scan of one assembly (internal types included) for integration event handlers.</summary>
    public static IServiceCollection AddIntegrationEventHandlersFrom(this IServiceCollection services, Assembly assembly) =>
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
}
