using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Web;

namespace SalesSuite.Host.Pages.Account;

/// <summary>
/// The sign-in form. Identity's managers (and the platform database behind them) are taken by the POST handler only:
/// showing the form builds none of them.
/// </summary>
[EnableRateLimiting(SignInThrottle.Policy)]
public sealed class LoginModel(IStringLocalizer<HostText> l) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync([FromServices] SignInManager<AppUser> signIn, [FromServices] UserManager<AppUser> users)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByNameAsync(Input.UserName.Trim());
        // Unknown, deactivated and wrong password answer alike: the form does not tell which user names exist.
        if (user is null || !user.IsActive)
        {
            ModelState.AddModelError(string.Empty, l["Login_Failed"]);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, l["Login_LockedOut"]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, l["Login_Failed"]);
            return Page();
        }
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(user.PreferredCulture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.MaxValue, IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps,
            });
        if ((await users.GetClaimsAsync(user)).Any(c => c.Type == PasswordChangeRequired.ClaimType))
        {
            return LocalRedirect(PasswordChangeGate.ChangePasswordPath);
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
