using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SalesSuite.Testing;

/// <summary>An HttpClient with its own cookie jar, signed in through the real login form.</summary>
public static partial class SignedInClient
{
    public const string Password = "Demo@2026";

    public static async Task<HttpClient> SignInAsync(this WebApplicationFactory<Program> factory, string userName, string culture = "zh-CN")
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }
        if (culture != "zh-CN")
        {
            await client.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        }
        return client;
    }

    /// <summary>The antiforgery token from the first form on the page (every form carries the same one).</summary>
    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("No antiforgery token in the page.");

    /// <summary>GETs a page for its token, then POSTs the form fields with it (as a browser would).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, Dictionary<string, string> fields, string? tokenFromUrl = null)
    {
        var page = await client.GetStringAsync(tokenFromUrl ?? "/");
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>An htmx-style POST: HX-Request header, antiforgery token in the RequestVerificationToken header.</summary>
    public static async Task<HttpResponseMessage> HtmxPostAsync(
        this HttpClient client, string url, Dictionary<string, string> fields, string tokenFromUrl = "/")
    {
        var page = await client.GetStringAsync(tokenFromUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", AntiforgeryToken(page));
        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> HtmxGetAsync(this HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("HX-Request", "true");
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
