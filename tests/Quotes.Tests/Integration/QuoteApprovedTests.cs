using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>QuoteApproved after the last approval, and the SLA each QuoteStepDecided carries (Health's inputs).</summary>
public sealed class QuoteApprovedTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_a_submitted_quote_When_each_step_approves_Then_QuoteApproved_is_published_once_after_the_last_with_the_approved_version()
    {
        var deal = await OpenDealAsync(factory, "sales03");
        var sales = await factory.SignInAsync("sales03");
        var id = await DraftAsync(sales, deal, ("MD-MON-200", 2, 5m), ("SV-INSTALL", 1, 0m));
        await SubmitAsync(sales, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, approve: true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, approve: true);
        Assert.DoesNotContain(await OutboxAsync(factory, "QuoteApproved"), e => IdOf(e, "QuoteId") == id);

        await DecideAsync(await factory.SignInAsync("legal"), id, approve: true);

        var quote = await QuoteAsync(factory, id);
        var approved = Assert.Single(await OutboxAsync(factory, "QuoteApproved"), e => IdOf(e, "QuoteId") == id);
        Assert.Equal("V1.1", Prop(approved, "Version").GetString());
        Assert.Equal(quote.ApprovedVersion!.Totals.Net, Prop(approved, "Amount").GetDecimal());
        Assert.True(quote.ApprovedVersion.Totals.Net > 0);
        Assert.Equal(deal, IdOf(approved, "DealId"));
        Assert.Equal(await factory.UserIdAsync("sales03"), IdOf(approved, "OwnerId"));
        Assert.Equal(await factory.UserIdAsync("legal"), IdOf(approved, "ActorUserId"));
    }

    [Fact]
    public async Task Given_steps_with_different_SLAs_When_they_are_decided_Then_each_QuoteStepDecided_carries_its_step_SLA()
    {
        var deal = await OpenDealAsync(factory, "sales05");
        var sales = await factory.SignInAsync("sales05");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 5, 0m));
        await SubmitAsync(sales, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, approve: true, custom: false);
        await DecideAsync(await factory.SignInAsync("finance"), id, approve: true);
        await DecideAsync(await factory.SignInAsync("legal"), id, approve: false, comment: "违约条款需修改");

        var decided = await DbAsync(factory, async db => (await db.Outbox.AsNoTracking()
                .Where(o => o.Type.StartsWith("SalesSuite.Quotes.Contracts.QuoteStepDecided,")).ToListAsync())
            .Select(o => (QuoteStepDecided)EventSerializer.Deserialize(o.Type, o.Payload)).Where(e => e.QuoteId == id)
            .ToDictionary(e => e.Step, e => e.Sla));
        // The default chain: Tech and Finance 24 h, Legal 48 h.
        Assert.Equal(Duration.FromHours(24), decided["Tech"]);
        Assert.Equal(Duration.FromHours(24), decided["Finance"]);
        Assert.Equal(Duration.FromHours(48), decided["Legal"]);
        Assert.DoesNotContain(await OutboxAsync(factory, "QuoteApproved"), e => IdOf(e, "QuoteId") == id);
        Assert.Equal(QuoteStatus.Rejected, (await QuoteAsync(factory, id)).Status);
    }
}
