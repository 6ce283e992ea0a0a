using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Quotes.Background;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>Advances this class's own FakeClock; other classes keep theirs.</summary>
public sealed class MaintenanceTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private Task<int> TickAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<QuoteMaintenanceWork>().TickAsync(default));

    [Fact]
    public async Task Given_steps_past_their_SLA_Then_one_breach_each_notifies_salesperson_and_manager_and_legal_gets_a_clause_template()
    {
        var deal = await OpenDealAsync(factory, "sales01", customerType: "医院");
        var sales = await factory.SignInAsync("sales01");
        var id = await DraftUntilAsync(sales, deal, "2027-12-31", ("MD-PUMP-50", 2, 0m));
        await SubmitAsync(sales, id);
        await TickAsync();
        Assert.DoesNotContain(await OutboxAsync(factory, "QuoteSlaBreached"), e => IdOf(e, "QuoteId") == id);

        factory.Clock.Advance(Duration.FromHours(24) + Duration.FromMinutes(1));
        await TickAsync();
        await TickAsync();

        var salesId = await factory.UserIdAsync("sales01");
        var breach = Assert.Single(await OutboxAsync(factory, "QuoteSlaBreached"), e => IdOf(e, "QuoteId") == id);
        Assert.Equal("Tech", Prop(breach, "Step").GetString());
        var notes = await OutboxAsync(factory, "NotificationRequested");
        Assert.Contains(notes, n => Prop(n, "TextKey").GetString() == "Quote_Notify_SlaBreached_Tech" && IdOf(n, "RecipientUserId") == salesId);
        Assert.Contains(notes, n => Prop(n, "TextKey").GetString() == "Quote_Notify_SlaBreachedManager_Tech");

        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, true);
        factory.Clock.Advance(Duration.FromHours(49));
        await TickAsync();
        Assert.Contains(await OutboxAsync(factory, "NotificationRequested"), n => Prop(n, "TextKey").GetString() == "Clause_Hospital");
    }

    [Fact]
    public async Task Given_an_urgent_quote_Then_finance_breaches_after_4_hours()
    {
        var deal = await OpenDealAsync(factory, "sales02");
        var sales = await factory.SignInAsync("sales02");
        var id = await DraftUntilAsync(sales, deal, "2027-12-31", ("MD-PUMP-50", 2, 0m));
        await sales.PostFormAsync($"/Quotes/Edit/{id}", new()
        {
            ["Form.Lines[0].ProductCode"] = "MD-PUMP-50", ["Form.Lines[0].Quantity"] = "2", ["Form.Urgent"] = "true",
            ["Form.Schedule"] = "全款 100% 0", ["Form.ValidUntil"] = "2027-12-31",
        }, $"/Quotes/Edit/{id}");
        await SubmitAsync(sales, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        var finance = (await QuoteAsync(factory, id)).ActiveStep!;
        Assert.Equal(StepKind.Finance, finance.Kind);
        Assert.Equal(Duration.FromHours(4), finance.DueAt!.Value - finance.ActivatedAt!.Value);
    }

    [Fact]
    public async Task Given_an_approved_quote_past_its_validity_Then_the_tick_expires_it_and_only_renewal_as_a_new_version_is_possible()
    {
        var deal = await OpenDealAsync(factory, "sales03");
        var sales = await factory.SignInAsync("sales03");
        var today = factory.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
        var id = await DraftUntilAsync(sales, deal, today.PlusDays(5).ToString("yyyy-MM-dd", null), ("MD-PUMP-50", 2, 0m));
        await SubmitAsync(sales, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, true);
        await DecideAsync(await factory.SignInAsync("legal"), id, true);
        Assert.Equal(QuoteStatus.Approved, (await QuoteAsync(factory, id)).Status);

        factory.Clock.Advance(Duration.FromDays(7));
        await TickAsync();

        Assert.Equal(QuoteStatus.Expired, (await QuoteAsync(factory, id)).Status);
        Assert.Single(await OutboxAsync(factory, "QuoteExpired"), e => IdOf(e, "QuoteId") == id);
        var details = $"/Quotes/Details/{id}";
        var renewal = await sales.PostFormAsync($"{details}?handler=Renew", new() { ["validUntil"] = "2028-06-30" }, details);
        var renewed = await FlashAsync(sales, renewal);
        Assert.Contains("已续期", renewed);
        await SubmitAsync(sales, id);
        Assert.Equal("V2", (await QuoteAsync(factory, id)).LatestVersion!.Label);
    }
}
