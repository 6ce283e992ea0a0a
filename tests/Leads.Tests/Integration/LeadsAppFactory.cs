using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesSuite.Leads.Background;
using SalesSuite.SharedKernel.Background;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>The real host with the Leads ticker removed: tests call LeadsWork.TickAsync themselves after advancing the clock.</summary>
public sealed class LeadsAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Leads:BackgroundEnabled", "false");
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        var ticker = services
            .Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(PeriodicWorkService<LeadsWork>))
            .ToList();
        ticker.ForEach(d => services.Remove(d));
    }
}
