using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>The real host without Stores' timers: tests call the works' TickAsync after moving the FakeClock.</summary>
public sealed class StoresAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Stores:BackgroundEnabled", "false");
    }
}
