using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using SalesSuite.Testing;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The real host without the 30 s ticker: tests call QuoteMaintenanceWork.TickAsync themselves.</summary>
public class QuotesAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Quotes:TickerEnabled", "false");
        if (Environment.GetEnvironmentVariable("QUOTES_TEST_LOG") == "1")
        {
            builder.ConfigureLogging(l => l.AddConsole());
        }
    }
}
