using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The customer's page against stale screens, double accepts, hostile signatures, big bodies and view floods.</summary>
public sealed class PublicHardeningTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==";

    private HttpClient Customer(bool cookies = true) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });

    private async Task<(Guid Id, string Url)> ApprovedQuoteAsync(string owner = "sales02")
    {
        var id = await ApprovedAsync(factory, owner, ("MD-PUMP-50", 2, 0m));
        return (id, $"/q/{(await QuoteAsync(factory, id)).PublicToken}");
    }

    private Task<List<System.Text.Json.JsonElement>> AcceptedAsync(Guid id) =>
        OutboxAsync(factory, "QuoteAccepted").ContinueWith(t => t.Result.Where(e => IdOf(e, "QuoteId") == id).ToList());

    private static Dictionary<string, string> Acceptance(string version, string? signature = null) =>
        new() { ["version"] = version, ["customerName"] = "王经理", ["signature"] = signature ?? "" };

    [Fact]
    public async Task Given_the_screen_showed_another_version_When_the_customer_accepts_Then_409_this_changed_and_nothing_accepted()
    {
        var (id, url) = await ApprovedQuoteAsync();
        var customer = Customer();
        Assert.Contains("name=\"version\" value=\"V1.1\"", await customer.GetStringAsync($"{url}?step=accept"));

        var stale = await customer.PostFormAsync($"{url}?handler=Accept", Acceptance("V1"), $"{url}?step=accept");
        var htmx = await customer.HtmxPostAsync($"{url}?handler=Accept", Acceptance("V1"), $"{url}?step=accept");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("此报价已更新", await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, htmx.StatusCode);
        Assert.Contains("此报价已更新", await htmx.Content.ReadAsStringAsync());
        Assert.Equal(QuoteStatus.Approved, (await QuoteAsync(factory, id)).Status);
        Assert.Empty(await AcceptedAsync(id));
    }

    [Fact]
    public async Task Given_an_accepted_quote_When_the_customer_accepts_again_Then_a_clear_already_accepted_message_and_one_event()
    {
        var (id, url) = await ApprovedQuoteAsync();
        var customer = Customer();
        // A second tab still shows the form: its token is taken before the first acceptance.
        var secondTab = Acceptance("V1.1");
        secondTab["__RequestVerificationToken"] = SignedInClient.AntiforgeryToken(await customer.GetStringAsync($"{url}?step=accept"));

        var first = await customer.PostFormAsync($"{url}?handler=Accept", Acceptance("V1.1", Png), $"{url}?step=accept");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var again = await customer.PostAsync($"{url}?handler=Accept", new FormUrlEncodedContent(secondTab));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("此报价已被接受", await again.Content.ReadAsStringAsync());
        Assert.Single(await AcceptedAsync(id));
    }

    [Fact]
    public async Task Given_a_signature_that_is_too_big_or_not_a_PNG_Then_accept_is_refused_with_a_message_and_nothing_accepted()
    {
        var (id, url) = await ApprovedQuoteAsync();
        var customer = Customer();

        var big = await customer.PostFormAsync($"{url}?handler=Accept", Acceptance("V1.1", Png + new string('A', 210_000)), $"{url}?step=accept");
        var fake = await customer.PostFormAsync(
            $"{url}?handler=Accept", Acceptance("V1.1", "data:image/png;base64,aGVsbG8gd29ybGQ="), $"{url}?step=accept");

        Assert.Contains("图像过大", await big.Content.ReadAsStringAsync());
        Assert.Contains("无法识别为图像", await fake.Content.ReadAsStringAsync());
        Assert.Equal(QuoteStatus.Approved, (await QuoteAsync(factory, id)).Status);
        Assert.Empty(await AcceptedAsync(id));
    }

    [Fact]
    public async Task Given_a_public_post_over_300_KB_Then_it_is_refused_413_and_nothing_accepted()
    {
        var (id, url) = await ApprovedQuoteAsync();

        var huge = await Customer().PostFormAsync($"{url}?handler=Accept", Acceptance("V1.1", Png + new string('A', 400_000)), $"{url}?step=accept");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(QuoteStatus.Approved, (await QuoteAsync(factory, id)).Status);
    }

    [Fact]
    public async Task Given_an_acceptance_with_a_signature_Then_the_signature_is_stored_but_never_in_the_operation_log()
    {
        var (id, url) = await ApprovedQuoteAsync();

        await Customer().PostFormAsync($"{url}?handler=Accept", Acceptance("V1.1", Png), $"{url}?step=accept");

        Assert.Equal(Png, (await QuoteAsync(factory, id)).SignatureDataUrl);
        var log = await DbAsync(factory, db => db.OperationLog.AsNoTracking().Where(e => e.EntityId == id.ToString()).ToListAsync());
        Assert.Contains(log, e => e.Operation == "Quote.Accept");
        Assert.DoesNotContain(log, e => e.ChangesJson.Contains("iVBORw0KGgo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_two_lines_of_one_product_and_a_cost_correction_Then_the_public_page_shows_the_history_without_failing()
    {
        var id = await ApprovedAsync(factory, "sales07", ("MD-PUMP-50", 2, 0m), ("MD-PUMP-50", 3, 5m));
        var url = $"/q/{(await QuoteAsync(factory, id)).PublicToken}";
        var customer = Customer();
        await customer.GetStringAsync(url);
        await FlushViewsAsync(factory);

        var lines = (await QuoteAsync(factory, id)).ApprovedVersion!.Lines;
        var costs = lines.ToDictionary(l => $"costs[{l.LineId}]", l => (l.UnitCost + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var details = $"/Quotes/Details/{id}";
        await (await factory.SignInAsync("finance")).PostFormAsync($"{details}?handler=Relock", costs, details);
        Assert.Equal("V1.2", (await QuoteAsync(factory, id)).ApprovedVersion!.Label);

        var page = await customer.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("V1.2", html);
        Assert.Equal(2, html.Split("data-testid=\"public-line\"").Length - 1);
    }

    [Fact]
    public async Task Given_cookie_less_views_from_one_client_Then_they_count_once_and_notify_once_per_30_minutes()
    {
        var (id, url) = await ApprovedQuoteAsync("sales03");
        int Viewed(List<System.Text.Json.JsonElement> events) => events.Count(e => IdOf(e, "QuoteId") == id);

        for (var i = 0; i < 5; i++)
        {
            await Customer(cookies: false).GetStringAsync(url);
        }
        await FlushViewsAsync(factory);

        Assert.Equal(1, Viewed(await OutboxAsync(factory, "QuoteViewed")));
        var rows = await DbAsync(factory, db => db.Views.AsNoTracking().Where(v => v.QuoteId == id).ToListAsync());
        Assert.Equal(1, Assert.Single(rows).Count);

        factory.Clock.Advance(Duration.FromMinutes(31));
        await Customer(cookies: false).GetStringAsync(url);
        await FlushViewsAsync(factory);
        Assert.Equal(2, Viewed(await OutboxAsync(factory, "QuoteViewed")));
    }
}
