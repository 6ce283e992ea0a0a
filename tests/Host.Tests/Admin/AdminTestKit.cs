using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Admin;

/// <summary>Lookups and HTML probes shared by the admin tests.</summary>
internal static partial class AdminTestKit
{
    public static Task<AppUser> UserAsync(this AppFactory factory, string userName) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().Users.AsNoTracking().SingleAsync(u => u.UserName == userName));

    public static Task<Team> TeamAsync(this AppFactory factory, string name) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().Teams.AsNoTracking().SingleAsync(t => t.Name == name));

    public static Task<int> UserCountAsync(this AppFactory factory) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<HostDbContext>().Users.CountAsync());

    /// <summary>The text of the validation message rendered for a field ("" when none).</summary>
    public static string FieldError(string html, string field)
    {
        var match = Regex.Match(html, "data-valmsg-for=\"" + Regex.Escape(field) + "\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(Regex.Replace(match.Groups[1].Value, "<[^>]+>", " ")).Trim() : string.Empty;
    }

    /// <summary>The value attribute of an input (as re-rendered after a failed post).</summary>
    public static string? InputValue(string html, string name)
    {
        var tag = Regex.Match(html, "<input[^>]*name=\"" + Regex.Escape(name) + "\"[^>]*>");
        var value = Regex.Match(tag.Value, "value=\"([^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : null;
    }

    public static void AssertRefused(HttpResponseMessage response)
    {
        var refused = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true);
        Assert.True(refused, $"Expected 403 or a redirect to AccessDenied, got {(int)response.StatusCode} {response.Headers.Location}");
    }
}
