using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>Drives quotes through HTTP as real users would; deals arrive through the Leads event handler.</summary>
internal static partial class QuoteScenario
{
    public static async Task<Guid> OpenDealAsync(AppFactory factory, string owner, bool canQuote = true, string customerType = "经销商")
    {
        var ownerId = await factory.UserIdAsync(owner);
        var customer = Events.CustomerRegistered(ownerId: ownerId, customerType: customerType);
        await factory.ConsumeAsync(customer);
        var opened = Events.DealOpened(customerId: customer.CustomerId, customerCode: customer.Code, customerName: customer.Name,
            ownerId: ownerId, title: "测试商机", expectedAmount: 100_000m, canQuote: canQuote);
        await factory.ConsumeAsync(opened);
        return opened.DealId;
    }

    /// <summary>Creates and saves a draft with the given (product code, qty, discount) lines; returns the quote id.</summary>
    public static Task<Guid> DraftAsync(HttpClient client, Guid dealId, params (string Code, decimal Qty, decimal Discount)[] lines) =>
        DraftUntilAsync(client, dealId, "2026-12-20", lines);

    public static async Task<Guid> DraftUntilAsync(
        HttpClient client, Guid dealId, string validUntil, params (string Code, decimal Qty, decimal Discount)[] lines)
    {
        var created = await client.PostFormAsync("/Quotes/New", new() { ["dealId"] = dealId.ToString() }, "/Quotes/New");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var fields = new Dictionary<string, string>
        {
            ["Form.Terms"] = "交货期 30 天",
            ["Form.Schedule"] = "预付款 30% 0\n发货款 60% 30\n验收款 10% 90",
            ["Form.ValidUntil"] = validUntil,
        };
        for (var i = 0; i < lines.Length; i++)
        {
            fields[$"Form.Lines[{i}].ProductCode"] = lines[i].Code;
            fields[$"Form.Lines[{i}].Quantity"] = lines[i].Qty.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Form.Lines[{i}].DiscountPercent"] = lines[i].Discount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var saved = await client.PostFormAsync($"/Quotes/Edit/{id}", fields, $"/Quotes/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return id;
    }

    /// <summary>A fresh quote of <paramref name="owner"/> through Tech, Finance (cost lock: V1.1) and Legal.</summary>
    public static async Task<Guid> ApprovedAsync(AppFactory factory, string owner, params (string Code, decimal Qty, decimal Discount)[] lines)
    {
        var deal = await OpenDealAsync(factory, owner);
        var sales = await factory.SignInAsync(owner);
        var id = await DraftAsync(sales, deal, lines);
        await SubmitAsync(sales, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, true);
        await DecideAsync(await factory.SignInAsync("legal"), id, true);
        Assert.Equal(QuoteStatus.Approved, (await QuoteAsync(factory, id)).Status);
        return id;
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid id) =>
        client.PostFormAsync($"/Quotes/Details/{id}?handler=Submit", new() { ["changeNote"] = "" }, $"/Quotes/Details/{id}");

    /// <summary>Decides as the form would: with the step id and version label the page's hidden fields carry.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(
        HttpClient client, Guid id, bool approve, string? comment = null, bool? custom = null)
    {
        var fields = new Dictionary<string, string> { ["approve"] = approve ? "true" : "false", ["comment"] = comment ?? "" };
        var page = await client.GetStringAsync($"/Quotes/Details/{id}");
        foreach (var name in new[] { "stepId", "version" })
        {
            var match = Regex.Match(page, $"name=\"{name}\" value=\"([^\"]*)\"");
            if (match.Success)
            {
                fields[name] = match.Groups[1].Value;
            }
        }
        if (custom is { } c)
        {
            fields["customDevelopment"] = c ? "true" : "false";
        }
        return await client.PostFormAsync($"/Quotes/Details/{id}?handler=Decide", fields, $"/Quotes/Details/{id}");
    }

    public static Task<T> DbAsync<T>(AppFactory factory, Func<QuotesDbContext, Task<T>> work) =>
        factory.InScopeAsync(sp => work(sp.GetRequiredService<QuotesDbContext>()));

    /// <summary>Writes the queued page views now, as the host's flusher would (the test host's flusher is off).</summary>
    public static Task<int> FlushViewsAsync(AppFactory factory) =>
        factory.Services.GetRequiredService<SalesSuite.Quotes.Background.QuoteViewFlusher>().FlushAsync(CancellationToken.None);

    public static Task<Quote> QuoteAsync(AppFactory factory, Guid id) =>
        DbAsync(factory, async db => (await db.LoadAsync(id, default))!);

    public static Task<List<JsonElement>> OutboxAsync(AppFactory factory, string eventName) =>
        DbAsync(factory, async db => (await db.Outbox.AsNoTracking().ToListAsync())
            .Where(m => m.Type.StartsWith($"SalesSuite.Quotes.Contracts.{eventName},", StringComparison.Ordinal)
                     || (eventName == "NotificationRequested" && m.Type.Contains(".NotificationRequested,", StringComparison.Ordinal)))
            .OrderBy(m => m.OccurredAt)
            .Select(m => JsonDocument.Parse(m.Payload).RootElement.Clone()).ToList());

    public static async Task<string> FlashAsync(HttpClient client, HttpResponseMessage redirect) =>
        await client.GetStringAsync(redirect.Headers.Location!.OriginalString);

    /// <summary>Cookie auth answers a forbidden request with a redirect to the access-denied page.</summary>
    public static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal));

    public static JsonElement Prop(JsonElement e, string name) =>
        e.EnumerateObject().First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static Guid IdOf(JsonElement e, string name) => Prop(e, name).GetGuid();

    public static string TokenOf(Quote quote) => quote.PublicToken;

    [GeneratedRegex("\\s+")]
    public static partial Regex Spaces();
}
