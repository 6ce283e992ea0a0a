using Microsoft.AspNetCore.Http;

namespace SalesSuite.Quotes.Web;

/// <summary>The customer's absolute link for a token, on the host the request came in on.</summary>
internal static class PublicLinks
{
    public const string RateLimitPolicy = "quotes-public";

    public static string PathFor(string token) => $"/q/{token}";

    public static string UrlFor(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{PathFor(token)}";
}
