using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration.Offer;

/// <summary>The customer's open page as its script sees it: the poll URL and the state token it was rendered with.</summary>
internal sealed partial record LivePage(HttpClient Client, string PollUrl, string State)
{
    public static async Task<LivePage> OpenAsync(AppFactory factory, string token)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var html = await client.GetStringAsync($"/q/{token}");
        var url = WebUtility.HtmlDecode(LiveUrl().Match(html).Groups[1].Value);
        Assert.StartsWith($"/q/{token}", url, StringComparison.Ordinal);
        return new LivePage(client, url, WebUtility.HtmlDecode(LiveState().Match(html).Groups[1].Value));
    }

    public Task<HttpResponseMessage> PollAsync() =>
        Client.GetAsync(PollUrl + (PollUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "s=" + Uri.EscapeDataString(State));

    /// <summary>Rows a poll must never add or change (queued page views written first): views, outbox, operation log, row version.</summary>
    public static async Task<(int Views, int Outbox, int Log, int Version)> FootprintAsync(AppFactory factory, Guid quoteId)
    {
        await FlushViewsAsync(factory);
        return await DbAsync(factory, async db => (await db.Views.CountAsync(), await db.Outbox.CountAsync(),
            await db.OperationLog.CountAsync(), (await db.Quotes.AsNoTracking().SingleAsync(q => q.Id == quoteId)).Version));
    }

    [GeneratedRegex("data-live-url=\"([^\"]+)\"")]
    private static partial Regex LiveUrl();

    [GeneratedRegex("data-live-state=\"([^\"]+)\"")]
    private static partial Regex LiveState();
}
