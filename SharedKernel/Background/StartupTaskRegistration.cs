using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace SalesSuite.SharedKernel.Background;

public static class StartupTaskRegistration
{
    /// <summary>Adds <typeparamref name="TTask"/> to the tasks the host runs side by side before it listens.</summary>
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services)
        where TTask : class, IStartupTask
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupTask, TTask>());
        services.TryAddSingleton<StartupTasksRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StartupTasksService>());
        return services;
    }
}
