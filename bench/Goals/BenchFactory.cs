using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Goals.Bench;

/// <summary>The test host without background timers; with BENCH_SQL=1 it logs every SQL command (to read the queries and their plans).</summary>
internal sealed class BenchFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Goals:BackgroundEnabled", "false");
        builder.UseSetting("Health:BackgroundEnabled", "false");
        if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
        {
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }
    }
}
