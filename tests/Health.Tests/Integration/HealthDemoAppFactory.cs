using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>The host with Health's demo history seeded (and its timers off).</summary>
public sealed class HealthDemoAppFactory : AppFactory
{
    protected override bool HealthDemoData => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Health:BackgroundEnabled", "false");
    }
}
