using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using SalesSuite.Testing;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The real host without the 30 s ticker (tests call QuoteMaintenanceWork.TickAsync) and without the view flusher.</summary>
public class QuotesAppFactory : AppFactory
{
    protected virtual bool ViewFlushEnabled => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Quotes:TickerEnabled", "false");
        // Page views stay queued until a test writes them (QuoteScenario.FlushViewsAsync); QuoteViewFlushTests runs the flusher.
        builder.UseSetting("Quotes:ViewFlushEnabled", ViewFlushEnabled ? "true" : "false");
        if (Environment.GetEnvironmentVariable("QUOTES_TEST_LOG") == "1")
        {
            builder.ConfigureLogging(l => l.AddConsole());
        }
    }
}
