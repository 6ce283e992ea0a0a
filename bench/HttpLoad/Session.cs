using System.Net;
using System.Text.RegularExpressions;

namespace SalesSuite.Bench.HttpLoad;

/// <summary>An HttpClient with a cookie jar, signed in through the login form when a user is given.</summary>
internal static partial class Session
{
    /// <summary>
    /// A client for <paramref name="user"/> (none: anonymous), with the antiforgery header for POSTs read from
    /// <paramref name="tokenPage"/> (null: none). <paramref name="cookies"/> false: every request is a new visitor.
    /// </summary>
    public static async Task<HttpClient> CreateAsync(
        string baseUrl, string? user, string password, int connections, string? tokenPage = "/", bool cookies = true)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = cookies,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        if (user is null)
        {
            return client;
        }
        var form = await client.GetStringAsync("/Account/Login");
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = Token(form),
        }));
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode != HttpStatusCode.Redirect || location.Contains("Login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in as {user} failed ({(int)response.StatusCode} {response.Headers.Location}).");
        }
        if (tokenPage is not null)
        {
            var page = await client.GetStringAsync(tokenPage);
            client.DefaultRequestHeaders.Add("RequestVerificationToken", Token(page));
        }
        return client;
    }

    public static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value
        : HeaderTokenPattern().Match(html) is { Success: true } h ? h.Groups[1].Value
        : throw new InvalidOperationException("No antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    // The layout carries the token for htmx in hx-headers on <body>.
    [GeneratedRegex("\"RequestVerificationToken\":\"([^\"]+)\"")]
    private static partial Regex HeaderTokenPattern();
}
