using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration.Offer;

/// <summary>At submission: the margin against similar past orders, and the three instalment plans.</summary>
public sealed partial class OfferAtSubmissionTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    /// <summary>Accepted orders of one product line and customer type with the given margins, accepted a day ago.</summary>
    private async Task PastOrdersAsync(string code, string customerType, params decimal[] margins)
    {
        var owner = await factory.UserIdAsync("sales09");
        var now = factory.Clock.GetCurrentInstant() - Duration.FromDays(1);
        var today = new LocalDate(2026, 11, 22);
        await DbAsync(factory, async db =>
        {
            foreach (var margin in margins)
            {
                var deal = new QuotableDeal(Guid.NewGuid(), Guid.NewGuid(), "C-PAST", "历史客户", owner, "历史订单", true, null)
                    { CustomerType = customerType };
                var quote = new Quote(Guid.NewGuid(), $"Q-PAST-{Guid.NewGuid():N}"[..20], deal, PublicToken.New(), today.PlusDays(30), now);
                var line = new QuoteLine(code, "历史产品", 1, 100_000m, 0m, 100_000m * (100m - margin) / 100m, 13m, 30);
                quote.Edit([line], "", PaymentScheduleText.Default, today.PlusDays(30), false, "", now);
                quote.Submit(owner, [], today, now, null);
                quote.Accept("V1", "历史客户", null, today, now);
                db.Quotes.Add(quote);
            }
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Given_five_similar_orders_with_higher_margins_When_a_quote_is_submitted_Then_owner_and_approver_see_the_warning()
    {
        var deal = await OpenDealAsync(factory, "sales01", customerType: "医院");
        var sales = await factory.SignInAsync("sales01");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 2, 0m));
        var margin = (await QuoteAsync(factory, id)).Totals.MarginPercent;
        await PastOrdersAsync("MD-X", "医院", margin + 8m, margin + 9m, margin + 10m, margin + 11m, margin + 12m);
        await PastOrdersAsync("MD-X", "经销商", margin - 20m);

        var draftPage = await sales.GetStringAsync($"/Quotes/Details/{id}");
        Assert.Contains("data-testid=\"margin-below-warning\"", draftPage, StringComparison.Ordinal);
        Assert.Contains("对比 5 个已成交订单：同产品线且同客户类型", draftPage, StringComparison.Ordinal);
        Assert.Contains($"{margin + 10m:0.00}%", draftPage, StringComparison.Ordinal);

        await SubmitAsync(sales, id);
        var approverPage = await (await factory.SignInAsync("tech", "en")).GetStringAsync($"/Quotes/Details/{id}");
        Assert.Contains("data-testid=\"margin-below-warning\"", approverPage, StringComparison.Ordinal);
        Assert.Contains("same product line and customer type", approverPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_similar_orders_around_the_quote_margin_Then_the_comparison_shows_without_a_warning()
    {
        var deal = await OpenDealAsync(factory, "sales02", customerType: "制造商");
        var sales = await factory.SignInAsync("sales02");
        var id = await DraftAsync(sales, deal, ("SV-INSTALL", 1, 0m));
        var margin = (await QuoteAsync(factory, id)).Totals.MarginPercent;
        await PastOrdersAsync("SV-Y", "制造商", margin - 2m, margin - 1m, margin, margin + 1m, margin + 2m);

        var page = await sales.GetStringAsync($"/Quotes/Details/{id}");

        Assert.Contains("对比 5 个已成交订单：同产品线且同客户类型", page, StringComparison.Ordinal);
        Assert.Contains("高于 5 个订单中的 2 个", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"margin-below-warning\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_draft_When_the_owner_picks_the_front_loaded_plan_Then_approvers_and_the_customer_see_it_with_exact_amounts()
    {
        var id = await ApprovedAsync(factory, "sales03", ("MD-PUMP-50", 3, 7m));
        var sales = await factory.SignInAsync("sales03");
        await LiveQuotePageTests.ReviseAsync(sales, id);
        var page = await sales.GetStringAsync($"/Quotes/Details/{id}");
        Assert.Contains("data-testid=\"instalment-plans\"", page, StringComparison.Ordinal);
        var version = VersionField().Match(page).Groups[1].Value;

        var stale = await sales.PostFormAsync($"/Quotes/Details/{id}?handler=ChoosePlan",
            new() { ["kind"] = "FrontLoaded", ["version"] = (int.Parse(version) - 1).ToString() }, $"/Quotes/Details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Equal(InstalmentPlanKind.Standard, InstalmentPlans.Matching((await QuoteAsync(factory, id)).Schedule));

        var chosen = await sales.PostFormAsync($"/Quotes/Details/{id}?handler=ChoosePlan",
            new() { ["kind"] = "FrontLoaded", ["version"] = version }, $"/Quotes/Details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var stranger = await (await factory.SignInAsync("sales04")).PostFormAsync($"/Quotes/Details/{id}?handler=ChoosePlan",
            new() { ["kind"] = "Longer", ["version"] = version }, "/Quotes");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(InstalmentPlanKind.FrontLoaded, InstalmentPlans.Matching((await QuoteAsync(factory, id)).Schedule));

        await SubmitAsync(sales, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        Assert.Contains("前置回款", await (await factory.SignInAsync("finance")).GetStringAsync($"/Quotes/Details/{id}"), StringComparison.Ordinal);
        await DecideAsync(await factory.SignInAsync("finance"), id, true);
        await DecideAsync(await factory.SignInAsync("legal"), id, true);
        var quote = await QuoteAsync(factory, id);
        var gross = quote.ApprovedVersion!.Gross;

        var html = await factory.CreateClient().GetStringAsync($"/q/{quote.PublicToken}");
        var amounts = AmountField().Matches(html)
            .Select(m => decimal.Parse(m.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, amounts.Count);
        Assert.Equal(gross, amounts.Sum());
        Assert.Equal(Math.Round(gross * 0.5m, 2, MidpointRounding.AwayFromZero), amounts[0]);
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("data-testid=\"public-instalment\">[^¥]*¥([\\d,]+\\.\\d\\d)")]
    private static partial Regex AmountField();
}
