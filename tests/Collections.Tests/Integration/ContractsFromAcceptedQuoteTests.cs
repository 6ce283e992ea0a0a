using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>An accepted quote becomes one contract with its receivable schedule (real host, real SQLite).</summary>
public sealed class ContractsFromAcceptedQuoteTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_QuoteAccepted_delivered_twice_Then_one_contract_with_its_schedule_and_one_ContractCreated()
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

        var (contracts, published) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CollectionsDbContext>();
            var list = await db.Contracts.AsNoTracking().Include(c => c.Milestones)
                .Where(c => c.QuoteId == accepted.QuoteId).ToListAsync();
            var events = await db.Outbox.AsNoTracking().Where(m => m.Type.Contains(nameof(ContractCreated))).ToListAsync();
            return (list, events.Select(m => (ContractCreated)EventSerializer.Deserialize(m.Type, m.Payload))
                .Where(e => e.QuoteId == accepted.QuoteId).ToList());
        });
        var contract = Assert.Single(contracts);
        Assert.Single(published);
        Assert.Equal((owner, "V3.2", "CNY", 100_000m), (contract.OwnerId, contract.SourceVersion!, contract.Currency, contract.Amount));
        var rows = contract.Milestones.OrderBy(m => m.Sequence).ToList();
        Assert.Equal(["首付款", "到货款", "质保金"], rows.Select(r => r.Title));
        // Accepted at 2026-11-23 09:00 in Asia/Shanghai: 30 days later is 2026-12-23.
        Assert.Equal([new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 23), null], rows.Select(r => r.DueDate));
        Assert.StartsWith("HT-2026-", contract.Number);
    }

    [Fact]
    public async Task Given_milestone_amounts_rounded_apart_from_the_total_When_accepted_Then_the_schedule_is_split_by_percent_to_the_fen()
    {
        var accepted = Events.QuoteAccepted(amount: 100m, paymentSchedule:
        [
            new PaymentMilestone("A", 33.3m, 33.3m, null, 0),
            new PaymentMilestone("B", 33.3m, 33.3m, null, 10),
            new PaymentMilestone("C", 33.4m, 33.3m, null, 20),
        ]);

        await app.ConsumeAsync(accepted);

        var amounts = await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Contracts.AsNoTracking()
            .Where(c => c.QuoteId == accepted.QuoteId).SelectMany(c => c.Milestones).OrderBy(m => m.Sequence).Select(m => m.Amount).ToListAsync());
        Assert.Equal([33.3m, 33.3m, 33.4m], amounts);
    }

    [Fact]
    public async Task Given_receivables_of_two_salespeople_When_one_opens_the_list_Then_only_their_own_are_shown()
    {
        var customer = Guid.NewGuid();
        await app.ConsumeAsync(Events.QuoteAccepted(ownerId: await app.UserIdAsync("sales02"), customerId: customer, paymentSchedule:
            [new PaymentMilestone("V7-首付款", 100m, 1000m, null, 0)], amount: 1000m));
        await app.ConsumeAsync(Events.QuoteAccepted(ownerId: await app.UserIdAsync("sales04"), customerId: customer, paymentSchedule:
            [new PaymentMilestone("V8-首付款", 100m, 1000m, null, 0)], amount: 1000m));
        using var sales02 = await app.SignInAsync("sales02");
        using var finance = await app.SignInAsync("finance");

        // The board pages by due date: the customer filter keeps both milestones on the first page whatever else exists.
        var own = await sales02.GetStringAsync($"/Collections/Receivables?customerId={customer}");
        var all = await finance.GetStringAsync($"/Collections/Receivables?customerId={customer}");

        Assert.Contains("V7-首付款", own);
        Assert.DoesNotContain("V8-首付款", own);
        Assert.Contains("V8-首付款", all);
    }
}
