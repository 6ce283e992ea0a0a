using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.MultiHost;

/// <summary>
/// One person's browser: one cookie jar, signed in on one host and used on every host. That the cookie (and the
/// antiforgery token) of host A work on host B is what the shared data-protection keys are for.
/// </summary>
internal sealed class Session(string userName) : IDisposable
{
    private readonly CookieContainer _jar = new();
    private readonly Dictionary<string, HttpClient> _clients = [];

    public string UserName { get; } = userName;

    public HttpClient On(HostProcess host)
    {
        if (!_clients.TryGetValue(host.BaseUrl, out var client))
        {
            var handler = new SocketsHttpHandler { CookieContainer = _jar, AllowAutoRedirect = false };
            client = new HttpClient(handler) { BaseAddress = new Uri(host.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
            _clients[host.BaseUrl] = client;
        }
        return client;
    }

    public async Task SignInAsync(HostProcess host)
    {
        var client = On(host);
        var response = await client.PostFormAsync("/Account/Login", new()
        {
            ["Input.UserName"] = UserName,
            ["Input.Password"] = SignedInClient.Password,
        }, "/Account/Login");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {UserName} on {host.Name} failed: {(int)response.StatusCode}");
        }
    }

    /// <summary>The pool's claim button (an htmx POST): 200 when this person won the lead, 409 when another did.</summary>
    public async Task<HttpStatusCode> ClaimAsync(HostProcess host, string leadId)
    {
        using var response = await On(host).HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool");
        return response.StatusCode;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
