using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SalesSuite.SharedKernel.Background;

public static class PeriodicWorkRegistration
{
    /// <summary>Registers the hosted loop for <typeparamref name="TWork"/> (which must itself be registered, scoped).</summary>
    public static IServiceCollection AddPeriodicWork<TWork>(this IServiceCollection services, TimeSpan interval)
        where TWork : class, IPeriodicWork
    {
        services.AddSingleton(new PeriodicWorkSchedule<TWork>(interval));
        services.AddSingleton<IHostedService, PeriodicWorkService<TWork>>();
        return services;
    }
}
