using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesSuite.Collections.Background;
using SalesSuite.SharedKernel.Background;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>The real host without the Collections ticker: tests call ReportEscalationWork.TickAsync after advancing the clock.</summary>
public sealed class ContractsAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Collections:BackgroundEnabled", "false");
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(PeriodicWorkService<ReportEscalationWork>))
            .ToList().ForEach(d => services.Remove(d));
}
