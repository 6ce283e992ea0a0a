using Htmx;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SalesSuite.Host.Web;

/// <summary>htmx follows 302s silently and would swap a login page into a fragment: answer 401/403 with HX-Redirect instead.</summary>
internal static class HtmxAwareRedirects
{
    public static Task ToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        Redirect(context, StatusCodes.Status401Unauthorized);

    public static Task ToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Redirect(context, StatusCodes.Status403Forbidden);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        if (request.IsHtmx() || request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            context.Response.Headers["HX-Redirect"] = context.RedirectUri;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
