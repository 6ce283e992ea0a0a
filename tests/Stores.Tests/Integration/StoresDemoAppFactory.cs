using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>The host with Stores' demo chain seeded (and its timers off).</summary>
public sealed class StoresDemoAppFactory : AppFactory
{
    protected override bool StoresDemoData => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Stores:BackgroundEnabled", "false");
    }
}
