using Microsoft.AspNetCore.Hosting;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The host behind a proxy: customer links must use the configured public address.</summary>
public sealed class PublicBaseUrlFactory : QuotesAppFactory
{
    public const string PublicBase = "https://crm.example.com/sales";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicBaseUrl", PublicBase);
    }
}
