using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Web;

/// <summary>The customer's absolute link for a token: on the configured public address (PublicBaseUrl), never the Host header.</summary>
internal static class PublicLinks
{
    public const string RateLimitPolicy = "quotes-public";

    public static string PathFor(string token) => $"/q/{token}";

    public static string UrlFor(IPublicUrls urls, string token) => urls.Absolute(PathFor(token)).AbsoluteUri;

    public static string UrlFor(HttpContext context, string token) =>
        UrlFor(context.RequestServices.GetRequiredService<IPublicUrls>(), token);
}
