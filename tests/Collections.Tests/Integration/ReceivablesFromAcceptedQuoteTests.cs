using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Quotes.Contracts;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>The first Collections slice: an accepted quote becomes its receivables (real host, real SQLite).</summary>
public sealed class ReceivablesFromAcceptedQuoteTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_QuoteAccepted_delivered_twice_Then_its_milestones_become_receivables_once()
    {
        var owner = await app.UserIdAsync("sales01");
        var accepted = Events.QuoteAccepted(ownerId: owner, version: "V3.2", amount: 100_000m, paymentSchedule:
        [
            new PaymentMilestone("首付款", 30m, 30_000m, new LocalDate(2026, 12, 1), null),
            new PaymentMilestone("到货款", 60m, 60_000m, null, 30),
            new PaymentMilestone("质保金", 10m, 10_000m, null, null),
        ]);

        await app.ConsumeAsync(accepted);
        await app.ConsumeAsync(accepted);

        var rows = await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Receivables.AsNoTracking()
            .Where(r => r.QuoteId == accepted.QuoteId).OrderBy(r => r.Sequence).ToListAsync());
        Assert.Equal(["首付款", "到货款", "质保金"], rows.Select(r => r.Title));
        Assert.Equal(accepted.Amount, rows.Sum(r => r.Amount));
        Assert.All(rows, r => Assert.Equal((owner, "V3.2", "CNY"), (r.OwnerId, r.SourceVersion!, r.Currency)));
        // Accepted at 2026-11-23 09:00 in Asia/Shanghai: 30 days later is 2026-12-23.
        Assert.Equal([new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 23), null], rows.Select(r => r.DueDate));
    }

    [Fact]
    public async Task Given_receivables_of_two_salespeople_When_one_opens_the_list_Then_only_their_own_are_shown()
    {
        await app.ConsumeAsync(Events.QuoteAccepted(ownerId: await app.UserIdAsync("sales02"), version: "V7.0"));
        await app.ConsumeAsync(Events.QuoteAccepted(ownerId: await app.UserIdAsync("sales04"), version: "V8.0"));
        using var sales02 = await app.SignInAsync("sales02");
        using var finance = await app.SignInAsync("finance");

        var own = await sales02.GetStringAsync("/Collections/Receivables");
        var all = await finance.GetStringAsync("/Collections/Receivables");

        Assert.Contains("V7.0", own);
        Assert.DoesNotContain("V8.0", own);
        Assert.DoesNotContain("data-testid=\"receivable-form\"", own);
        Assert.Contains("V8.0", all);
        Assert.Contains("data-testid=\"receivable-form\"", all);
    }

    [Fact]
    public async Task Given_a_salesperson_When_they_post_a_receivable_by_hand_Then_it_is_forbidden_and_nothing_is_saved()
    {
        using var sales = await app.SignInAsync("sales03");

        var response = await sales.PostFormAsync("/Collections/Receivables", new()
        {
            ["Input.Title"] = "手工应收",
            ["Input.Amount"] = "100",
        }, "/Collections/Receivables");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.InScopeAsync(sp =>
            sp.GetRequiredService<CollectionsDbContext>().Receivables.AnyAsync(r => r.Title == "手工应收")));
    }

    [Fact]
    public async Task Given_finance_When_an_amount_has_three_decimals_Then_the_field_says_so_and_nothing_is_saved()
    {
        using var finance = await app.SignInAsync("finance", "en");

        var response = await finance.PostFormAsync("/Collections/Receivables", new()
        {
            ["Input.Title"] = "Manual contract",
            ["Input.Amount"] = "100.005",
        }, "/Collections/Receivables");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at most two decimals", await response.Content.ReadAsStringAsync());
        Assert.False(await app.InScopeAsync(sp =>
            sp.GetRequiredService<CollectionsDbContext>().Receivables.AnyAsync(r => r.Title == "Manual contract")));
    }
}
