using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>The app without the overdue timer: the tests tick the work themselves after moving the FakeClock.</summary>
public sealed class OverdueAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Collections:BackgroundEnabled", "false");
    }
}
