using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace SalesSuite.Host.Web;

/// <summary>
/// The antiforgery check with the last minute's passed checks kept. The framework's check decrypts two tokens (the
/// cookie's and the request's) through data protection on every POST, although a page's htmx posts send the same pair
/// many times: about a tenth of a small POST's CPU. A request whose cookie token, request token (the header htmx sends,
/// else the form field) and user (authentication type, user id and name: what the request token is bound to) equal those
/// of a check that passed within <see cref="Lifetime"/> passes again without decrypting; everything else, and every
/// request when the cookie must be secure and this one is not over https, goes to the framework's check, and only a
/// check that passed is kept. Tokens never expire on their own, so a kept pass is exactly what the check would answer.
/// </summary>
internal sealed class CachedAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options, TimeProvider time) : IAntiforgery
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Past this many passed checks the cache starts again (a bound on memory).</summary>
    public const int Capacity = 4096;

    private readonly ShortTermCache<bool> _passed = new(time, Lifetime, Capacity);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public async Task ValidateRequestAsync(HttpContext httpContext)
    {
        var key = await KeyOfAsync(httpContext);
        if (key is not null && _passed.TryGet(key, out _))
        {
            return;
        }
        await inner.ValidateRequestAsync(httpContext);
        if (key is not null)
        {
            _passed.Keep(key, true);
        }
    }

    /// <summary>
    /// What the framework's check depends on, as one string; null (never kept) when a token is missing or the secure-cookie
    /// rule applies to this request. The request token is read where the framework reads it: the header, else the form.
    /// </summary>
    private async Task<string?> KeyOfAsync(HttpContext httpContext)
    {
        var o = options.Value;
        if (o.Cookie.SecurePolicy == CookieSecurePolicy.Always && !httpContext.Request.IsHttps)
        {
            return null;
        }
        var cookieToken = httpContext.Request.Cookies[o.Cookie.Name!];
        string? requestToken = o.HeaderName is { } header ? httpContext.Request.Headers[header].ToString() : null;
        if (string.IsNullOrEmpty(requestToken) && httpContext.Request.HasFormContentType)
        {
            requestToken = (await httpContext.Request.ReadFormAsync(httpContext.RequestAborted))[o.FormFieldName];
        }
        if (string.IsNullOrEmpty(cookieToken) || string.IsNullOrEmpty(requestToken))
        {
            return null;
        }
        var identity = httpContext.User.Identity;
        var user = identity is { IsAuthenticated: true }
            ? $"{identity.AuthenticationType}\n{httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier)}\n{identity.Name}"
            : "";
        return string.Concat(cookieToken, "\n", requestToken, "\n", user);
    }
}
