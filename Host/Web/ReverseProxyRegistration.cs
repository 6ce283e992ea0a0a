using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SalesSuite.Host.Web;

/// <summary>
/// X-Forwarded-For/-Proto are trusted only from proxies named in ReverseProxy:KnownProxies (IP addresses) or
/// ReverseProxy:KnownNetworks (CIDR); with none configured the middleware is not used and the headers are ignored.
/// </summary>
internal static class ReverseProxyRegistration
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>Without a known proxy the middleware would trust every sender (ASP.NET Core skips the check on empty lists).</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() is { Length: > 0 }
        || configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() is { Length: > 0 };
}
