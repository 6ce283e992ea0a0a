using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.SharedKernel.Modules;

public static class ModuleRegistration
{
    /// <summary>Registers the modules the host lists explicitly, and their event handlers (Scrutor, module assembly only).</summary>
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<IModule> modules)
    {
        foreach (var module in modules)
        {
            services.AddSingleton(module);
            module.Register(services, configuration);
            services.AddModuleServices(module.GetType().Assembly);
            services.AddIntegrationEventHandlersFrom(module.GetType().Assembly);
        }
        return services;
    }
}
