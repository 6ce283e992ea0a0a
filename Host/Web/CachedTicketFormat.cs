using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SalesSuite.Host.Web;

/// <summary>
/// The sign-in cookie's format with the last minute's decrypted tickets kept: every signed-in request decrypted and
/// deserialised its cookie (AES and HMAC through data protection, then the claims), about a sixth of a small POST's CPU,
/// although a person sends the same cookie string many times a minute. A cookie string seen within
/// <see cref="Lifetime"/> gets a copy of the ticket it decrypted to (a copy: the principal and properties are mutable);
/// a string that does not decrypt is never kept. What the cookie handler checks after decryption (expiry, the security
/// stamp, the absolute lifetime) runs on every request as before. The one difference: a data-protection key revoked
/// while the host runs stops cookies it protected within <see cref="Lifetime"/> instead of at once.
/// </summary>
internal sealed class CachedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider time) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Past this many cookies the cache starts again (a bound on memory: a host's signed-in people fit many times).</summary>
    public const int Capacity = 4096;

    private readonly ShortTermCache<AuthenticationTicket> _tickets = new(time, Lifetime, Capacity);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }
        if (_tickets.TryGet(protectedText, out var kept))
        {
            return kept.Clone();
        }
        var ticket = inner.Unprotect(protectedText);
        if (ticket is null)
        {
            return null;
        }
        _tickets.Keep(protectedText, ticket.Clone());
        return ticket;
    }

    /// <summary>Wraps the application cookie's format after the cookie handler's own post-configuration made it.</summary>
    internal sealed class Setup : IPostConfigureOptions<CookieAuthenticationOptions>
    {
        public void PostConfigure(string? name, CookieAuthenticationOptions options)
        {
            if (name == IdentityConstants.ApplicationScheme && options.TicketDataFormat is { } format and not CachedTicketFormat)
            {
                options.TicketDataFormat = new CachedTicketFormat(format, options.TimeProvider ?? TimeProvider.System);
            }
        }
    }
}
