using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>The real host without Health's timers: tests call the works' TickAsync after moving the FakeClock.</summary>
public sealed class HealthAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Health:BackgroundEnabled", "false");
    }
}
