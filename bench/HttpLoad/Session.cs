using System.Net;
using System.Text.RegularExpressions;

namespace SalesSuite.Bench.HttpLoad;

/// <summary>An HttpClient with a cookie jar, signed in through the login form when a user is given.</summary>
internal static partial class Session
{
    public static async Task<HttpClient> CreateAsync(LoadOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = options.Concurrency,
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(options.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        if (options.User is null)
        {
            return client;
        }
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = options.User,
            ["Input.Password"] = options.Password,
            ["__RequestVerificationToken"] = Token(form),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {options.User} failed ({(int)response.StatusCode}).");
        }
        var home = await client.GetStringAsync("/");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", Token(home));
        return client;
    }

    public static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
