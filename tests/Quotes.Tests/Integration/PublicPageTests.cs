using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>The customer's page: secrecy, revocation, views and acceptance. Uses scenario 3 (approved V3.2) and fresh quotes.</summary>
public sealed class PublicPageTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private Task<Quote> ScenarioAsync() => DbAsync(factory, async db => (await db.LoadAsync(
        (await db.Quotes.AsNoTracking().SingleAsync(q => q.Number == "Q-2026-0001")).Id, default))!);

    private HttpClient Anonymous() =>
        factory.CreateClient(
            new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Given_the_public_page_Then_it_shows_prices_but_never_cost_margin_or_approver_comments()
    {
        var quote = await ScenarioAsync();
        var html = await Anonymous().GetStringAsync($"/q/{quote.PublicToken}");

        Assert.Contains("V3.2", html);
        Assert.Contains(quote.ApprovedVersion!.Totals.Gross.ToString("N2"), html);
        foreach (var line in quote.ApprovedVersion.Lines)
        {
            Assert.DoesNotContain(line.UnitCost.ToString("N2"), html);
        }
        foreach (var comment in quote.Steps.Select(s => s.Comment).OfType<string>())
        {
            Assert.DoesNotContain(comment, html);
        }
        foreach (var word in new[] { "成本", "毛利", "margin", "cost", "审批" })
        {
            Assert.DoesNotContain(word, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Given_an_unknown_or_revoked_token_Then_page_and_QR_answer_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync("/q/not-a-real-token")).StatusCode);

        var deal = await OpenDealAsync(factory, "sales02");
        var sales = await factory.SignInAsync("sales02");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 2, 0m));
        var token = (await QuoteAsync(factory, id)).PublicToken;
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync($"/q/{token}/qr.png")).StatusCode);
        Assert.Equal("image/svg+xml", (await Anonymous().GetAsync($"/q/{token}/qr.svg")).Content.Headers.ContentType!.MediaType);

        await sales.PostFormAsync($"/Quotes/Details/{id}?handler=Revoke", new() { ["reissue"] = "false" }, $"/Quotes/Details/{id}");

        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"/q/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync($"/q/{token}/qr.png")).StatusCode);
        Assert.True(token.Length >= 43, "32 random bytes in base64url");
    }

    [Fact]
    public async Task Given_a_customer_session_When_it_opens_the_page_twice_Then_one_viewed_event_and_one_notification_but_two_views_counted()
    {
        var quote = await ScenarioAsync();
        var customer = Anonymous();
        var before = (await OutboxAsync(factory, "QuoteViewed")).Count;

        await customer.GetStringAsync($"/q/{quote.PublicToken}");
        await customer.GetStringAsync($"/q/{quote.PublicToken}");
        await FlushViewsAsync(factory);

        var viewed = await OutboxAsync(factory, "QuoteViewed");
        Assert.Equal(before + 1, viewed.Count);
        Assert.Equal("V3.2", Prop(viewed[^1], "Version").GetString());
        var bell = (await OutboxAsync(factory, "NotificationRequested")).Where(n => Prop(n, "TextKey").GetString() == "Quote_Notify_Viewed").ToList();
        Assert.Equal(quote.OwnerId, IdOf(bell[^1], "RecipientUserId"));
        var views = await DbAsync(factory, db => db.Views.AsNoTracking().Where(v => v.QuoteId == quote.Id).ToListAsync());
        Assert.Contains(views, v => v.Count == 2 && v.VersionLabel == "V3.2");

        var staff = await (await factory.SignInAsync("sales07")).GetStringAsync($"/Quotes/Details/{quote.Id}");
        Assert.Contains("data-testid=\"view-row\"", staff);
    }

    [Fact]
    public async Task Given_a_customer_who_only_views_Then_no_antiforgery_token_is_made_and_the_accept_step_has_the_form_and_counts_no_view()
    {
        var quote = await ScenarioAsync();
        var url = $"/q/{quote.PublicToken}";
        var anonymous = factory.CreateClient(
            new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var view = await anonymous.GetAsync(url);
        var html = await view.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"accept-open\"", html);
        Assert.Contains($"{url}?step=accept#accept", html);
        Assert.DoesNotContain("__RequestVerificationToken", html);
        Assert.DoesNotContain("data-testid=\"accept-form\"", html);
        Assert.DoesNotContain(view.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.Contains("Antiforgery"));
        await FlushViewsAsync(factory);
        var counted = await DbAsync(factory, db => db.Views.AsNoTracking().Where(v => v.QuoteId == quote.Id).SumAsync(v => v.Count));

        var step = await anonymous.GetAsync($"{url}?step=accept");
        var form = await step.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"accept-form\"", form);
        Assert.Contains("__RequestVerificationToken", form);
        Assert.DoesNotContain("data-testid=\"accept-open\"", form);
        Assert.Contains(step.Headers.GetValues("Set-Cookie"), c => c.Contains("Antiforgery"));
        await FlushViewsAsync(factory);
        Assert.Equal(counted, await DbAsync(factory, db => db.Views.AsNoTracking().Where(v => v.QuoteId == quote.Id).SumAsync(v => v.Count)));
    }

    [Fact]
    public async Task Given_an_approved_quote_When_the_customer_accepts_with_a_name_Then_QuoteAccepted_carries_amount_and_payment_schedule()
    {
        var quote = await ScenarioAsync();
        var customer = Anonymous();
        var url = $"/q/{quote.PublicToken}";

        var empty = await customer.PostFormAsync($"{url}?handler=Accept", new() { ["customerName"] = " " }, $"{url}?step=accept");
        Assert.Contains("请填写姓名", await empty.Content.ReadAsStringAsync());
        Assert.Empty(await OutboxAsync(factory, "QuoteAccepted"));

        var acceptance = new Dictionary<string, string>
        {
            ["version"] = "V3.2", ["customerName"] = "王经理", ["signature"] = "data:image/png;base64,iVBORw0KGgo=",
        };
        var accepted = await customer.PostFormAsync($"{url}?handler=Accept", acceptance, $"{url}?step=accept");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var evt = Assert.Single(await OutboxAsync(factory, "QuoteAccepted"));
        var gross = quote.ApprovedVersion!.Gross;
        Assert.Equal(gross, Prop(evt, "Amount").GetDecimal());
        Assert.Equal("王经理", Prop(evt, "AcceptedByName").GetString());
        var schedule = Prop(evt, "PaymentSchedule").EnumerateArray().ToList();
        Assert.Equal(3, schedule.Count);
        Assert.Equal(gross, schedule.Sum(m => Prop(m, "Amount").GetDecimal()));
        // The amount per product line (the code's family before the first dash) adds up to the accepted amount.
        var lines = Prop(evt, "Lines").EnumerateArray().ToList();
        Assert.Equal(gross, lines.Sum(l => Prop(l, "Amount").GetDecimal()));
        Assert.Equal(quote.ApprovedVersion.Lines.Select(l => l.ProductCode.Split('-')[0]).Distinct().Order(),
            lines.Select(l => Prop(l, "ProductLine").GetString()!).Order());
        Assert.Equal(QuoteStatus.Accepted, (await QuoteAsync(factory, quote.Id)).Status);
        Assert.Contains("王经理", await customer.GetStringAsync(url));
    }

    [Fact]
    public async Task Given_a_draft_never_approved_Then_the_public_page_shows_nothing_of_it_and_accept_is_refused()
    {
        var deal = await OpenDealAsync(factory, "sales03");
        var sales = await factory.SignInAsync("sales03");
        var id = await DraftAsync(sales, deal, ("MD-PUMP-50", 2, 0m));
        var url = $"/q/{(await QuoteAsync(factory, id)).PublicToken}";
        var customer = Anonymous();

        var html = await customer.GetStringAsync(url);
        Assert.Contains("public-pending", html);
        Assert.DoesNotContain("输液泵", html);
        var refused = await customer.PostFormAsync($"{url}?handler=Accept", new() { ["customerName"] = "李" }, "/Account/Login");
        Assert.Contains("已无法接受", await refused.Content.ReadAsStringAsync());
    }
}
