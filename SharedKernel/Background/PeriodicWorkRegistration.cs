using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace SalesSuite.SharedKernel.Background;

public static class PeriodicWorkRegistration
{
    /// <summary>
    /// Registers the hosted loop for <typeparamref name="TWork"/> (which must itself be registered, scoped). The interval
    /// can be changed by configuration (Background:Intervals:&lt;TypeName&gt;); every tick takes the work's lease first.
    /// </summary>
    public static IServiceCollection AddPeriodicWork<TWork>(this IServiceCollection services, TimeSpan interval)
        where TWork : class, IPeriodicWork
    {
        services.AddOptions<PeriodicWorkOptions>().BindConfiguration(PeriodicWorkOptions.Section);
        services.TryAddSingleton<HostInstance>();
        services.TryAddSingleton<WorkLeases>();
        services.AddSingleton(new PeriodicWorkSchedule<TWork>(interval));
        services.AddSingleton<IHostedService, PeriodicWorkService<TWork>>();
        return services;
    }
}
