using Htmx;
using SalesSuite.Host.Identity;

namespace SalesSuite.Host.Web;

/// <summary>Until an admin-set password is replaced, every page answers with the change-password page (htmx: HX-Redirect).</summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true || !PasswordChangeRequired.IsSet(context.User) || IsAllowed(context.Request.Path))
        {
            return next(context);
        }
        if (context.Request.IsHtmx())
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers["HX-Redirect"] = ChangePasswordPath;
            return Task.CompletedTask;
        }
        context.Response.Redirect(ChangePasswordPath);
        return Task.CompletedTask;
    }

    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments(ChangePasswordPath) || path.StartsWithSegments("/Account/Logout") || path.StartsWithSegments("/Culture")
        || path.StartsWithSegments("/Error") || path.StartsWithSegments("/StatusCode") || path.StartsWithSegments("/healthz")
        || path.StartsWithSegments("/readyz");
}
