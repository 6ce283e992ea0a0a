using System.Net;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration.Offer;

/// <summary>The customer's page polls a change token: 204 while nothing changed, a banner when something did.</summary>
public sealed class LiveQuotePageTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_an_open_page_When_nothing_changed_Then_the_poll_answers_204_and_writes_nothing()
    {
        var id = await ApprovedAsync(factory, "sales03", ("MD-PUMP-50", 2, 0m));
        var page = await LivePage.OpenAsync(factory, (await QuoteAsync(factory, id)).PublicToken);
        Assert.Equal("V1.1:Open", page.State);
        var before = await LivePage.FootprintAsync(factory, id);

        for (var i = 0; i < 3; i++)
        {
            var poll = await page.PollAsync();
            Assert.Equal(HttpStatusCode.NoContent, poll.StatusCode);
            Assert.Contains("no-store", poll.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await LivePage.FootprintAsync(factory, id));
    }

    [Fact]
    public async Task Given_an_open_page_When_a_new_version_is_approved_Then_the_poll_offers_it_and_the_old_page_cannot_accept()
    {
        var id = await ApprovedAsync(factory, "sales04", ("MD-PUMP-50", 2, 0m));
        var owner = await factory.SignInAsync("sales04");
        var page = await LivePage.OpenAsync(factory, (await QuoteAsync(factory, id)).PublicToken);

        await ReviseAsync(owner, id);
        var revising = await page.PollAsync();
        Assert.Equal(HttpStatusCode.OK, revising.StatusCode);
        Assert.Contains("data-phase=\"Revising\"", await revising.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await SubmitAsync(owner, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, true);
        await DecideAsync(await factory.SignInAsync("legal"), id, true);
        Assert.Equal(QuoteStatus.Approved, (await QuoteAsync(factory, id)).Status);

        var poll = await page.PollAsync();
        var banner = await poll.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
        Assert.Contains("data-testid=\"live-banner\"", banner, StringComparison.Ordinal);
        Assert.Contains("data-state=\"V2.1:Open\"", banner, StringComparison.Ordinal);
        Assert.Contains("V2.1", banner, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await (page with { State = "V2.1:Open" }).PollAsync()).StatusCode);
    }

    [Fact]
    public async Task Given_an_open_page_When_the_link_is_revoked_or_reissued_Then_the_poll_says_withdrawn()
    {
        var id = await ApprovedAsync(factory, "sales05", ("MD-PUMP-50", 1, 0m));
        var owner = await factory.SignInAsync("sales05");
        var page = await LivePage.OpenAsync(factory, (await QuoteAsync(factory, id)).PublicToken);

        await owner.PostFormAsync($"/Quotes/Details/{id}?handler=Revoke", new() { ["reissue"] = "false" }, $"/Quotes/Details/{id}");
        var revoked = await page.PollAsync();
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Contains("data-phase=\"Revoked\"", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await owner.PostFormAsync($"/Quotes/Details/{id}?handler=Revoke", new() { ["reissue"] = "true" }, $"/Quotes/Details/{id}");
        var reissued = await page.PollAsync();
        Assert.Contains("data-phase=\"Revoked\"", await reissued.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var fresh = await LivePage.OpenAsync(factory, (await QuoteAsync(factory, id)).PublicToken);
        Assert.Equal(HttpStatusCode.NoContent, (await fresh.PollAsync()).StatusCode);
    }

    [Fact]
    public async Task Given_an_open_page_When_the_customer_accepts_elsewhere_Then_the_poll_says_accepted()
    {
        var id = await ApprovedAsync(factory, "sales06", ("MD-PUMP-50", 1, 0m));
        var token = (await QuoteAsync(factory, id)).PublicToken;
        var page = await LivePage.OpenAsync(factory, token);

        var other = await LivePage.OpenAsync(factory, token);
        var accepted = await other.Client.PostFormAsync($"/q/{token}?handler=Accept",
            new() { ["version"] = "V1.1", ["customerName"] = "王主任" }, $"/q/{token}?step=accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        Assert.Contains("data-phase=\"Accepted\"", await (await page.PollAsync()).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Edits the approved quote (a new draft: the approved version stays shown, acceptance pauses).</summary>
    internal static async Task ReviseAsync(HttpClient owner, Guid id)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Terms"] = "交货期 20 天",
            ["Form.Schedule"] = "预付款 30% 0\n发货款 60% 30\n验收款 10% 90",
            ["Form.ValidUntil"] = "2026-12-20",
            ["Form.Lines[0].ProductCode"] = "MD-PUMP-50",
            ["Form.Lines[0].Quantity"] = "3",
            ["Form.Lines[0].DiscountPercent"] = "0",
        };
        var saved = await owner.PostFormAsync($"/Quotes/Edit/{id}", fields, $"/Quotes/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
