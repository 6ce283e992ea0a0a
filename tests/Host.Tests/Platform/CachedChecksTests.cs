using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using SalesSuite.Host.Web;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>
/// The sign-in cookie's decrypted tickets and the passed antiforgery checks are kept for a minute
/// (<see cref="CachedTicketFormat"/>, <see cref="CachedAntiforgery"/>); what is kept must answer exactly what the
/// framework's check would. The cookies are held by hand here, so one person's cookies can be mixed with another's.
/// </summary>
public sealed partial class CachedChecksTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Auth = "SalesSuite.Auth";

    [Fact]
    public async Task Given_a_passed_antiforgery_check_When_its_tokens_come_with_another_user_or_cookie_Then_400_as_without_the_cache()
    {
        var (ann, annToken) = await SignedInAsync("sales01");
        var (bob, bobToken) = await SignedInAsync("sales02");
        var annForm = ann.Keys.Single(k => k.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var bobForm = bob.Keys.Single(k => k.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));

        // Passed twice: the second time from what the first kept.
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(ann, annToken));
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(ann, annToken));

        // Ann's passed pair with Bob signed in: the request token is bound to Ann.
        var bobWithAnnsPair = new Dictionary<string, string> { [Auth] = bob[Auth], [annForm] = ann[annForm] };
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(bobWithAnnsPair, annToken));
        // Ann's request token with Bob's antiforgery cookie: the pair does not match.
        var annWithBobsCookie = new Dictionary<string, string> { [Auth] = ann[Auth], [bobForm] = bob[bobForm] };
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(annWithBobsCookie, annToken));
        // Bob's own pair still passes, and Ann's.
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(bob, bobToken));
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(ann, annToken));
    }

    [Fact]
    public async Task Given_a_kept_sign_in_cookie_When_one_character_is_changed_Then_the_request_is_not_signed_in()
    {
        var (ann, _) = await SignedInAsync("sales01");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(ann, "/")).StatusCode);

        var cookie = ann[Auth];
        var tampered = new Dictionary<string, string>(ann) { [Auth] = cookie[..^2] + (cookie[^2] == 'A' ? 'B' : 'A') + cookie[^1] };
        var response = await GetAsync(tampered, "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public void Given_a_decrypted_ticket_When_the_same_cookie_comes_again_Then_a_copy_is_returned_until_the_lifetime_ends()
    {
        var inner = new CountingFormat();
        var time = new ManualTime();
        var format = new CachedTicketFormat(inner, time);

        var first = format.Unprotect("cookie-1")!;
        first.Principal.Identities.First().AddClaim(new Claim("added-by", "this request"));
        first.Properties.Items["changed"] = "by this request";
        var second = format.Unprotect("cookie-1")!;

        Assert.Equal(1, inner.Calls);
        Assert.NotSame(first, second);
        Assert.Null(second.Principal.FindFirst("added-by"));
        Assert.False(second.Properties.Items.ContainsKey("changed"));
        Assert.Equal("sales01", second.Principal.Identity?.Name);

        Assert.Null(format.Unprotect("not a cookie"));
        Assert.Null(format.Unprotect("not a cookie"));
        Assert.Equal(3, inner.Calls); // a string that does not decrypt is never kept

        time.Advance(CachedTicketFormat.Lifetime);
        format.Unprotect("cookie-1");
        Assert.Equal(4, inner.Calls);
    }

    private async Task<(Dictionary<string, string> Cookies, string Token)> SignedInAsync(string userName)
    {
        var cookies = new Dictionary<string, string>();
        var login = await GetAsync(cookies, "/Account/Login");
        var form = await login.Content.ReadAsStringAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName,
                ["Input.Password"] = SignedInClient.Password,
                ["__RequestVerificationToken"] = SignedInClient.AntiforgeryToken(form),
            }),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(cookies, request)).StatusCode);
        var home = await GetAsync(cookies, "/");
        return (cookies, SignedInClient.AntiforgeryToken(await home.Content.ReadAsStringAsync()));
    }

    private async Task<HttpStatusCode> PostAsync(Dictionary<string, string> cookies, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Notifications?handler=ReadAll") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return (await SendAsync(new Dictionary<string, string>(cookies), request)).StatusCode;
    }

    private async Task<HttpResponseMessage> GetAsync(Dictionary<string, string> cookies, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(cookies, request);
    }

    /// <summary>Sends with exactly these cookies and keeps what the response sets (a tiny cookie jar).</summary>
    private async Task<HttpResponseMessage> SendAsync(Dictionary<string, string> cookies, HttpRequestMessage request)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var m = SetCookie().Match(header);
            cookies[m.Groups[1].Value] = m.Groups[2].Value;
        }
        return response;
    }

    [GeneratedRegex("^([^=]+)=([^;]*)")]
    private static partial Regex SetCookie();

    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Calls { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Calls++;
            return protectedText != "cookie-1" ? null : new AuthenticationTicket(
                new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "sales01")], "Identity.Application")),
                new AuthenticationProperties(), "Identity.Application");
        }
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _timestamp = 1;

        public override long GetTimestamp() => _timestamp;

        public void Advance(TimeSpan by) => _timestamp += (long)(by.TotalSeconds * TimestampFrequency);
    }
}
