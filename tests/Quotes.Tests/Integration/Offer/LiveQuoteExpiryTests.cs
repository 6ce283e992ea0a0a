using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Quotes.Background;
using SalesSuite.Quotes.Domain;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration.Offer;

/// <summary>Advances this class's own FakeClock past the validity: the open page learns of the expiry from the poll.</summary>
public sealed class LiveQuoteExpiryTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_an_open_page_When_the_validity_ends_Then_the_poll_says_expired_before_and_after_the_tick()
    {
        var id = await ApprovedAsync(factory, "sales08", ("MD-PUMP-50", 1, 0m));
        var page = await LivePage.OpenAsync(factory, (await QuoteAsync(factory, id)).PublicToken);
        factory.Clock.Advance(Duration.FromDays(26));
        Assert.Equal(HttpStatusCode.NoContent, (await page.PollAsync()).StatusCode);
        var before = await LivePage.FootprintAsync(factory, id);

        factory.Clock.Advance(Duration.FromDays(2));
        var expired = await page.PollAsync();

        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Contains("data-phase=\"Expired\"", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await LivePage.FootprintAsync(factory, id));

        await factory.InScopeAsync(sp => sp.GetRequiredService<QuoteMaintenanceWork>().TickAsync(default));
        Assert.Equal(QuoteStatus.Expired, (await QuoteAsync(factory, id)).Status);
        Assert.Contains("data-phase=\"Expired\"", await (await page.PollAsync()).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
