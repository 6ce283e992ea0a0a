using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Stores.Bench;

/// <summary>The test host without Stores' timers; with BENCH_SQL=1 it logs every SQL command (to read the queries and their plans).</summary>
internal sealed class BenchFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Stores:BackgroundEnabled", "false");
        if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
        {
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }
    }
}
