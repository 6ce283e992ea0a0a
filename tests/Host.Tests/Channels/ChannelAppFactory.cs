using Microsoft.AspNetCore.Hosting;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Channels;

/// <summary>The host with a public base URL (absolute links in messages) and a short send timeout (a dead server fails fast).</summary>
public sealed class ChannelAppFactory : AppFactory
{
    public const string PublicBaseUrl = "https://crm.example.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Notifications:Delivery:SendTimeout", "00:00:02");
    }
}
