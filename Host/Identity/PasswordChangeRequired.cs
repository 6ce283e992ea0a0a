using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace SalesSuite.Host.Identity;

/// <summary>
/// A password an admin chose (new user, reset) is known to two people: the user must replace it at first sign-in.
/// Stored as a user claim so it rides in the sign-in cookie (no query per request) and needs no schema change.
/// </summary>
internal static class PasswordChangeRequired
{
    public const string ClaimType = "salessuite:password-change-required";

    public static bool IsSet(ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == ClaimType);

    public static async Task<IdentityResult> SetAsync(UserManager<AppUser> users, AppUser user)
    {
        var claims = await users.GetClaimsAsync(user);
        return claims.Any(c => c.Type == ClaimType) ? IdentityResult.Success : await users.AddClaimAsync(user, new Claim(ClaimType, "1"));
    }

    public static async Task ClearAsync(UserManager<AppUser> users, AppUser user)
    {
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        if (claims.Count > 0)
        {
            await users.RemoveClaimsAsync(user, claims);
        }
    }
}
