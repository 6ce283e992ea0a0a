using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Tests.Integration;

/// <summary>The app without Goals' timers: the tests tick the works themselves after moving the FakeClock.</summary>
public sealed class PlansAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Goals:BackgroundEnabled", "false");
    }
}
