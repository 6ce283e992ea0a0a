using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Tests.Integration;

/// <summary>The host without Stores' timers, with <see cref="HqData"/> seeded once for the class.</summary>
public sealed class HqAppFactory : AppFactory, IAsyncLifetime
{
    internal HqData Data { get; private set; } = null!;

    public async Task InitializeAsync() => Data = await HqData.SeedAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Stores:BackgroundEnabled", "false");
    }
}
