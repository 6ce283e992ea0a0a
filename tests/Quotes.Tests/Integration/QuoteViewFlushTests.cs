using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesSuite.Quotes.Background;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>Views of the customer's page are queued on the request path and written in batches (one transaction).</summary>
public sealed class QuoteViewFlushTests(QuoteViewFlushTests.UnlimitedFactory factory) : IClassFixture<QuoteViewFlushTests.UnlimitedFactory>
{
    /// <summary>The flusher off (tests flush) and the public rate limit lifted: a batch needs more views than a minute allows.</summary>
    public sealed class UnlimitedFactory : QuotesAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Quotes:PublicPermitsPerMinute", "100000");
        }
    }

    internal static HttpClient Customer(AppFactory app, bool cookies = true) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });

    internal static async Task<(Guid Id, string Url)> ApprovedQuoteAsync(AppFactory app, string owner)
    {
        var id = await ApprovedAsync(app, owner, ("MD-PUMP-50", 2, 0m));
        return (id, $"/q/{(await QuoteAsync(app, id)).PublicToken}");
    }

    internal static Task<int> RowsAsync(AppFactory app, Guid id) => DbAsync(app, db => db.Views.CountAsync(v => v.QuoteId == id));

    internal static async Task<List<JsonElement>> OfQuoteAsync(AppFactory app, string eventName, Guid id) =>
        (await OutboxAsync(app, eventName)).Where(e => eventName == "NotificationRequested"
            ? Prop(e, "TextKey").GetString() == "Quote_Notify_Viewed"
                && Prop(e, "Link").GetString()!.Contains(id.ToString(), StringComparison.Ordinal)
            : IdOf(e, "QuoteId") == id).ToList();

    [Fact]
    public async Task Given_N_views_of_one_session_When_answered_Then_nothing_is_written_until_the_flush_and_then_N_counted_and_one_bell()
    {
        var (id, url) = await ApprovedQuoteAsync(factory, "sales04");
        var customer = Customer(factory);
        await FlushViewsAsync(factory); // views other tests of this class left queued

        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync(url)).StatusCode);
        }

        // The responses are out and nothing was written: no row, no event, no bell.
        Assert.Equal(0, await RowsAsync(factory, id));
        Assert.Empty(await OfQuoteAsync(factory, "QuoteViewed", id));
        Assert.Equal(7, await FlushViewsAsync(factory));
        var row = await DbAsync(factory, db => db.Views.AsNoTracking().SingleAsync(v => v.QuoteId == id));
        Assert.Equal(7, row.Count);
        Assert.Equal(AppFactory.DefaultNow, row.FirstAt);
        Assert.Single(await OfQuoteAsync(factory, "QuoteViewed", id));
        Assert.Single(await OfQuoteAsync(factory, "NotificationRequested", id));

        await customer.GetStringAsync(url);
        await FlushViewsAsync(factory);
        Assert.Equal(8, (await DbAsync(factory, db => db.Views.AsNoTracking().SingleAsync(v => v.QuoteId == id))).Count);
        Assert.Single(await OfQuoteAsync(factory, "QuoteViewed", id));
    }

    [Fact]
    public async Task Given_more_views_than_one_batch_across_two_quotes_When_flushed_Then_every_view_counts_and_one_bell_per_quote()
    {
        var (first, firstUrl) = await ApprovedQuoteAsync(factory, "sales05");
        var (second, secondUrl) = await ApprovedQuoteAsync(factory, "sales06");
        var a = Customer(factory);
        var b = Customer(factory);
        await FlushViewsAsync(factory);
        for (var i = 0; i < 130; i++)
        {
            await a.GetAsync(firstUrl);
            await b.GetAsync(secondUrl);
        }

        Assert.Equal(260, await FlushViewsAsync(factory));

        foreach (var id in new[] { first, second })
        {
            Assert.Equal(130, (await DbAsync(factory, db => db.Views.AsNoTracking().SingleAsync(v => v.QuoteId == id))).Count);
            Assert.Single(await OfQuoteAsync(factory, "QuoteViewed", id));
            Assert.Single(await OfQuoteAsync(factory, "NotificationRequested", id));
        }
    }

    [Fact]
    public async Task Given_a_cached_customer_page_When_the_deal_is_handed_over_Then_the_page_names_the_new_salesperson_at_once()
    {
        var (id, url) = await ApprovedQuoteAsync(factory, "sales03");
        var customer = Customer(factory);
        var salesperson = "data-testid=\"salesperson\"";
        var before = await customer.GetStringAsync(url);
        Assert.Contains(salesperson, before);
        var quote = await QuoteAsync(factory, id);
        var to = await factory.UserIdAsync("sales01");
        var toName = await factory.InScopeAsync(async sp =>
            (await sp.GetRequiredService<SalesSuite.SharedKernel.Identity.IOrganisation>().FindUserAsync(to))!.DisplayName);
        Assert.DoesNotContain(toName, before);

        await factory.ConsumeAsync(Events.OwnershipHandedOver(fromUserId: quote.OwnerId, toUserId: to, dealIds: [quote.DealId]));

        var after = await customer.GetStringAsync(url);
        Assert.Contains(toName, after[after.IndexOf(salesperson, StringComparison.Ordinal)..]);
        Assert.True((await QuoteAsync(factory, id)).Version > quote.Version, "the hand-over moves the quote's version (stale forms, cached pages)");
    }

    [Fact]
    public async Task Given_the_QR_image_When_asked_again_with_its_ETag_Then_304_and_the_image_is_cacheable_privately()
    {
        var (_, url) = await ApprovedQuoteAsync(factory, "sales08");
        var client = Customer(factory);

        var first = await client.GetAsync($"{url}/qr.png");
        var again = await client.GetAsync($"{url}/qr.png");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        Assert.True(first.Headers.CacheControl!.Private);
        var svg = await client.GetAsync($"{url}/qr.svg");
        Assert.NotEqual(etag, svg.Headers.ETag);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"{url}/qr.png");
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }
}

/// <summary>The host's own flusher: the bell reaches the salesperson without anyone flushing by hand.</summary>
public sealed class QuoteViewFlusherLiveTests(QuoteViewFlusherLiveTests.LiveFactory factory) : IClassFixture<QuoteViewFlusherLiveTests.LiveFactory>
{
    public sealed class LiveFactory : QuotesAppFactory
    {
        protected override bool ViewFlushEnabled => true;

        protected override bool BackgroundDispatcher => true;
    }

    [Fact]
    public async Task Given_the_flusher_running_When_a_new_viewer_opens_the_page_Then_the_view_and_the_bell_are_delivered_without_a_manual_flush()
    {
        var (id, url) = await QuoteViewFlushTests.ApprovedQuoteAsync(factory, "sales02");

        await QuoteViewFlushTests.Customer(factory).GetStringAsync(url);

        // Waits on the condition (the design bound is one flush interval, 500 ms, plus the outbox's wake-up); the generous
        // deadline only keeps a busy machine from failing the test.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        bool delivered;
        do
        {
            delivered = await DbAsync(factory, async db => (await db.Outbox.AsNoTracking().Where(m => m.ProcessedAt != null).ToListAsync())
                .Any(m => m.Type.Contains(".NotificationRequested,", StringComparison.Ordinal)
                    && m.Payload.Contains("Quote_Notify_Viewed", StringComparison.Ordinal)
                    && m.Payload.Contains(id.ToString(), StringComparison.Ordinal)));
            if (!delivered)
            {
                await Task.Delay(50);
            }
        }
        while (!delivered && DateTime.UtcNow < deadline);
        Assert.True(delivered, "the viewed bell was not delivered");
        Assert.Equal(1, await QuoteViewFlushTests.RowsAsync(factory, id));
    }
}

/// <summary>On shutdown the queue is written, even when the next flush is far away.</summary>
public sealed class QuoteViewFlusherShutdownTests(QuoteViewFlusherShutdownTests.SlowFactory factory)
    : IClassFixture<QuoteViewFlusherShutdownTests.SlowFactory>
{
    public sealed class SlowFactory : QuotesAppFactory
    {
        protected override bool ViewFlushEnabled => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Quotes:ViewFlushMilliseconds", "600000");
        }
    }

    [Fact]
    public async Task Given_views_queued_and_the_next_flush_ten_minutes_away_When_the_host_stops_Then_they_are_written()
    {
        var (id, url) = await QuoteViewFlushTests.ApprovedQuoteAsync(factory, "sales09");
        var customer = QuoteViewFlushTests.Customer(factory);
        for (var i = 0; i < 3; i++)
        {
            await customer.GetStringAsync(url);
        }
        Assert.Equal(0, await QuoteViewFlushTests.RowsAsync(factory, id));

        var flusher = factory.Services.GetServices<IHostedService>().OfType<QuoteViewFlusher>().Single();
        await flusher.StopAsync(CancellationToken.None);

        Assert.Equal(3, (await DbAsync(factory, db => db.Views.AsNoTracking().SingleAsync(v => v.QuoteId == id))).Count);
        Assert.Single(await QuoteViewFlushTests.OfQuoteAsync(factory, "QuoteViewed", id));
    }
}
