using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>Its own host: every chain step is switched off, so a submission is approved at once.</summary>
public sealed class QuoteApprovedWithoutStepsTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_a_chain_with_no_step_for_the_quote_When_it_is_submitted_Then_it_is_approved_and_QuoteApproved_is_published()
    {
        await DbAsync(factory, db => db.ChainSteps.ExecuteUpdateAsync(s => s.SetProperty(r => r.Enabled, false)));
        var deal = await OpenDealAsync(factory, "sales06");
        var sales = await factory.SignInAsync("sales06");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 3, 0m));

        await SubmitAsync(sales, id);

        var quote = await QuoteAsync(factory, id);
        Assert.Equal(QuoteStatus.Approved, quote.Status);
        var approved = Assert.Single(await OutboxAsync(factory, "QuoteApproved"), e => IdOf(e, "QuoteId") == id);
        Assert.Equal("V1", Prop(approved, "Version").GetString());
        Assert.Equal(quote.ApprovedVersion!.Totals.Net, Prop(approved, "Amount").GetDecimal());
        Assert.Equal(await factory.UserIdAsync("sales06"), IdOf(approved, "ActorUserId"));
    }
}
