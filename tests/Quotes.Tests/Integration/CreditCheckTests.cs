using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>
/// Collections' CreditExposureChanged feeds the customer's credit; a submission above the limit is flagged and (when the
/// setting is on) needs Finance. The chain's own Finance step is disabled here, so only the credit check can add it.
/// </summary>
public sealed class CreditCheckTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    [Fact]
    public async Task Given_exposure_changes_arriving_out_of_order_Then_the_read_model_keeps_the_newest()
    {
        var customer = Guid.NewGuid();
        var newer = Events.CreditExposureChanged(customerId: customer, exposure: 30_000m, limit: 200_000m,
            occurredAt: AppFactory.DefaultNow + Duration.FromMinutes(5));
        var older = Events.CreditExposureChanged(customerId: customer, exposure: 90_000m, limit: 100_000m);

        await factory.ConsumeAsync(newer);
        await factory.ConsumeAsync(older);

        var credit = await DbAsync(factory, db => db.CustomerCredits.AsNoTracking().SingleAsync(c => c.CustomerId == customer));
        Assert.Equal((30_000m, (decimal?)200_000m, newer.OccurredAt), (credit.Exposure, credit.Limit, credit.AsOf));
    }

    [Fact]
    public async Task Given_a_quote_above_the_credit_limit_When_submitted_Then_it_carries_a_warning_and_a_mandatory_finance_step()
    {
        await ArrangeAsync(financeStepOnCredit: true);
        var (sales, quote, gross) = await DraftForCustomerWithCreditAsync(exposure: 100_000m, headroom: -0.01m);

        await SubmitAsync(sales, quote);

        var submitted = await QuoteAsync(factory, quote);
        Assert.Equal([StepKind.Tech, StepKind.Finance, StepKind.Legal], submitted.CurrentRound.Select(s => s.Kind));
        Assert.Equal((100_000m, gross, 100_000m + gross - 0.01m), (submitted.CreditExposure, submitted.CreditAmount, submitted.CreditLimit));
        var page = await sales.GetStringAsync($"/Quotes/Details/{quote}");
        Assert.Contains("data-testid=\"credit-warning\"", page);
        Assert.Contains("超出信用额度", page);
    }

    [Fact]
    public async Task Given_a_quote_that_fits_under_the_limit_When_submitted_Then_no_warning_and_no_finance_step()
    {
        await ArrangeAsync(financeStepOnCredit: true);
        var (sales, quote, _) = await DraftForCustomerWithCreditAsync(exposure: 100_000m, headroom: 0m);

        await SubmitAsync(sales, quote);

        var submitted = await QuoteAsync(factory, quote);
        Assert.Equal([StepKind.Tech, StepKind.Legal], submitted.CurrentRound.Select(s => s.Kind));
        Assert.Null(submitted.CreditWarning);
        Assert.DoesNotContain("data-testid=\"credit-warning\"", await sales.GetStringAsync($"/Quotes/Details/{quote}"));
    }

    [Fact]
    public async Task Given_the_setting_off_When_a_quote_above_the_limit_is_submitted_Then_only_the_warning_is_shown()
    {
        await ArrangeAsync(financeStepOnCredit: false);
        var (sales, quote, _) = await DraftForCustomerWithCreditAsync(exposure: 100_000m, headroom: -5_000m);

        await SubmitAsync(sales, quote);

        var submitted = await QuoteAsync(factory, quote);
        Assert.Equal([StepKind.Tech, StepKind.Legal], submitted.CurrentRound.Select(s => s.Kind));
        Assert.NotNull(submitted.CreditWarning);
        Assert.Contains("data-testid=\"credit-warning\"", await sales.GetStringAsync($"/Quotes/Details/{quote}"));
    }

    /// <summary>The director saves the settings page with the credit setting; the chain's own Finance step is disabled.</summary>
    private async Task ArrangeAsync(bool financeStepOnCredit)
    {
        var director = await factory.SignInAsync("director");
        var fields = new Dictionary<string, string>
        {
            ["minMarginPercent"] = MarginPolicy.DefaultMinimumPercent.ToString(CultureInfo.InvariantCulture),
            ["defaultValidityDays"] = "30",
        };
        var body = new List<KeyValuePair<string, string>>(fields);
        if (financeStepOnCredit)
        {
            body.Add(new("creditCheckAddsFinanceStep", "true"));
        }
        body.Add(new("creditCheckAddsFinanceStep", "false"));
        body.Add(new("__RequestVerificationToken", SignedInClient.AntiforgeryToken(await director.GetStringAsync("/Quotes/Chain"))));
        var saved = await director.PostAsync("/Quotes/Chain?handler=Settings", new FormUrlEncodedContent(body));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(financeStepOnCredit, (await DbAsync(factory, db => db.Settings.AsNoTracking().SingleAsync())).CreditCheckAddsFinanceStep);
        await DbAsync(factory, async db =>
        {
            if (!await db.ChainSteps.AnyAsync())
            {
                db.ChainSteps.AddRange(DefaultChain.Create());
                await db.SaveChangesAsync();
            }
            var finance = await db.ChainSteps.SingleAsync(r => r.Kind == StepKind.Finance);
            finance.Configure(finance.SlaHours, finance.UrgentSlaHours, null, null, false, null, enabled: false);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A draft for a new customer whose limit is its exposure + the quote's gross amount + <paramref name="headroom"/>.</summary>
    private async Task<(HttpClient Sales, Guid Quote, decimal Gross)> DraftForCustomerWithCreditAsync(decimal exposure, decimal headroom)
    {
        var deal = await OpenDealAsync(factory, "sales01");
        var sales = await factory.SignInAsync("sales01");
        var quote = await DraftAsync(sales, deal, ("MD-PUMP-50", 2, 0m));
        var gross = (await QuoteAsync(factory, quote)).Totals.Gross;
        var customer = await DbAsync(factory, db => db.Deals.Where(d => d.DealId == deal).Select(d => d.CustomerId).SingleAsync());
        await factory.ConsumeAsync(Events.CreditExposureChanged(customerId: customer, exposure: exposure, limit: exposure + gross + headroom));
        return (sales, quote, gross);
    }
}
