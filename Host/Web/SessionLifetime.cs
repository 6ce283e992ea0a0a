using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SalesSuite.Host.Web;

/// <summary>
/// The sign-in cookie slides with user activity (idle timeout) but never outlives the absolute lifetime counted
/// from the sign-in; polls neither slide it nor re-issue it. Times come from the cookie options' TimeProvider.
/// </summary>
internal static class SessionLifetime
{
    private const string StartedKey = "salessuite.session-started";

    public static void Configure(CookieAuthenticationOptions options, SessionOptions session)
    {
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = session.IdleTimeout;
        var validateStamp = options.Events.OnValidatePrincipal;
        options.Events.OnSigningIn = context =>
        {
            // A refresh (password change, role change) keeps the original start: it is not a new sign-in.
            context.Properties.Items.TryAdd(StartedKey, Now(context.Options).ToString("O", CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        options.Events.OnCheckSlidingExpiration = context =>
        {
            context.ShouldRenew = context.ShouldRenew && !PollRequests.IsPoll(context.Request);
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            if (Expired(context.Properties, Now(context.Options), session.AbsoluteLifetime))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            // The validator checks the stamp only once per ValidationInterval after the cookie was issued; resolving it
            // (SignInManager, UserManager, a HostDbContext) on every request to learn that it is not due cost ~6 % of a
            // signed-in request's CPU. When it is due (or the issue time is unknown) it runs as before.
            if (StampCheckDue(context))
            {
                await validateStamp(context);
            }
            if (PollRequests.IsPoll(context.Request))
            {
                context.ShouldRenew = false;
            }
        };
    }

    /// <summary>The security stamp validator's own condition (issued longer than ValidationInterval ago, or unknown).</summary>
    private static bool StampCheckDue(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        return context.Properties.IssuedUtc is not { } issued
            || (options.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > options.ValidationInterval;
    }

    private static DateTimeOffset Now(CookieAuthenticationOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();

    private static bool Expired(AuthenticationProperties properties, DateTimeOffset now, TimeSpan lifetime) =>
        !properties.Items.TryGetValue(StartedKey, out var text)
        || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started)
        || now - started > lifetime;
}
