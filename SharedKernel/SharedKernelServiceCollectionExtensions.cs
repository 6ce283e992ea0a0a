using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Localization;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.SharedKernel;

public static class SharedKernelServiceCollectionExtensions
{
    /// <summary>
    /// Clock, business time zone, operation log, outbox/bus, JSON localisation and the file store.
    /// Tests replace IClock with a FakeClock.
    /// </summary>
    public static IServiceCollection AddSharedKernel(this IServiceCollection services)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.AddOptions<BusinessTimeOptions>().BindConfiguration("BusinessTime");
        services.TryAddSingleton<BusinessClock>();
        services.TryAddScoped<IOperationContext, OperationContext>();
        services.TryAddScoped<ICurrentUser, SystemUser>();
        services.TryAddSingleton<KernelSaveChangesInterceptor>();
        services.TryAddSingleton<JsonStringLocalizerFactory>();
        services.TryAddSingleton<IStringLocalizerFactory>(sp => sp.GetRequiredService<JsonStringLocalizerFactory>());
        services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.TryAddScoped(typeof(UnitOfWork<>));
        services.TryAddScoped(typeof(Notifier<>));
        services.TryAddScoped(typeof(ModuleSettings<,>));
        services.TryAddScoped<RecordAccess>();
        services.AddEventing();
        services.AddFileStore();
        return services;
    }
}
