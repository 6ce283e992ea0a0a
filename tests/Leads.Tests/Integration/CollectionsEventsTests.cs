using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Collections' events reach Leads (each test on a customer of its own, owned by sales01): the closed loop wins the deal (成交闭环) and the customer timeline shows the money.</summary>
public sealed class CollectionsEventsTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_DealClosedLoop_delivered_twice_Then_the_deal_is_won_and_closed_loop_once_and_the_timeline_shows_it()
    {
        var deal = await NewDealAsync("闭环测试 滤芯采购");
        var loop = Events.DealClosedLoop(dealId: deal.Id, customerId: deal.CustomerId, contractNumber: "HT-2026-00042", collectedAmount: 86_000m);

        await factory.ConsumeAsync(loop);
        await factory.ConsumeAsync(loop);

        var stored = await factory.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Id == deal.Id));
        Assert.Equal((DealStatus.Won, loop.OccurredAt), (stored.Status, stored.ClosedLoopAt!.Value));
        Assert.Equal(1, await factory.QueryAsync(db => db.Outbox.CountAsync(o => o.Type.Contains("DealClosedWon")
            && o.Payload.Contains(deal.Id.ToString()))));
        Assert.Equal(1, await CountAsync(deal.CustomerId, "Timeline_DealClosedLoop"));
        Assert.Equal(1, await CountAsync(deal.CustomerId, "Timeline_DealWon"));
        var page = await (await factory.SignInAsync("sales01")).GetStringAsync($"/Leads/Customers/Detail/{deal.CustomerId}");
        Assert.Contains("data-testid=\"closed-loop\"", page);
        Assert.Contains("成交闭环：合同 HT-2026-00042 已全部回款，共收 86,000.00 CNY", page);
        Assert.Contains($"href=\"/Collections/Contracts/Detail?id={loop.ContractId}\"", page);
    }

    [Fact]
    public async Task Given_a_second_contract_of_an_already_closed_deal_When_its_loop_closes_Then_the_deal_is_not_closed_again()
    {
        var deal = await NewDealAsync("闭环测试 两份合同");
        await factory.ConsumeAsync(Events.DealClosedLoop(dealId: deal.Id, customerId: deal.CustomerId));
        var first = await factory.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Id == deal.Id));

        var later = first.ClosedLoopAt!.Value.PlusTicks(1);
        await factory.ConsumeAsync(Events.DealClosedLoop(dealId: deal.Id, customerId: deal.CustomerId, occurredAt: later));

        var after = await factory.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Id == deal.Id));
        Assert.Equal((first.ClosedLoopAt, first.Version), (after.ClosedLoopAt, after.Version));
        Assert.Equal(2, await CountAsync(deal.CustomerId, "Timeline_DealClosedLoop"));
        Assert.Equal(1, await CountAsync(deal.CustomerId, "Timeline_DealWon"));
    }

    [Fact]
    public async Task Given_a_lost_deal_When_its_loop_closes_Then_it_stays_lost_but_is_marked_closed_loop()
    {
        var deal = await NewDealAsync("闭环测试 已输单", lost: true);

        await factory.ConsumeAsync(Events.DealClosedLoop(dealId: deal.Id, customerId: deal.CustomerId));

        var stored = await factory.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Id == deal.Id));
        Assert.Equal(DealStatus.Lost, stored.Status);
        Assert.NotNull(stored.ClosedLoopAt);
    }

    [Fact]
    public async Task Given_contract_payment_milestone_and_overdue_events_Then_each_is_on_the_customer_timeline_with_its_link()
    {
        var deal = await NewDealAsync("时间线测试 回款");
        var customer = deal.CustomerId;
        var contract = Events.ContractCreated(customerId: customer, dealId: deal.Id, number: "HT-2026-00077", amount: 300_000m);
        var payment = Events.PaymentRecorded(customerId: customer, contractId: contract.ContractId, bankReference: "BR|77", amount: 90_000m);
        var paid = Events.MilestonePaid(customerId: customer, contractId: contract.ContractId, name: "首付款", amount: 90_000m, daysLate: 4);
        var tagged = Events.OverdueReasonTagged(customerId: customer, contractId: contract.ContractId, reason: "发票未送达", text: "电子发票 No.8812",
            daysOverdue: 12);

        await factory.ConsumeAsync(contract);
        await factory.ConsumeAsync(payment);
        await factory.ConsumeAsync(paid);
        await factory.ConsumeAsync(tagged);
        await factory.ConsumeAsync(payment);

        var page = await (await factory.SignInAsync("sales01")).GetStringAsync($"/Leads/Customers/Detail/{customer}");
        Assert.Contains("合同 HT-2026-00077 已生成：300,000.00 CNY，1 个回款节点", page);
        Assert.Contains("收到回款 90,000.00 CNY（银行流水号 BR/77），已计入合同", page);
        Assert.Contains("回款节点「首付款」已付清：90,000.00 CNY，逾期 4 天", page);
        Assert.Contains("逾期原因：发票未送达，电子发票 No.8812（已逾期 12 天）", page);
        Assert.Contains($"href=\"/Collections/Contracts/Detail?id={contract.ContractId}\"", page);
        Assert.Contains($"href=\"/Collections/Receivables/Detail?id={paid.MilestoneId}\"", page);
        Assert.Contains($"href=\"/Collections/Receivables/Detail?id={tagged.ReceivableId}\"", page);
        Assert.Equal(1, await CountAsync(customer, "Timeline_PaymentRecorded"));
    }

    [Fact]
    public async Task Given_a_payment_over_two_contracts_or_none_Then_one_line_per_contract_or_one_unallocated_line()
    {
        var deal = await NewDealAsync("时间线测试 两份合同回款");
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var owner = Guid.NewGuid();

        await factory.ConsumeAsync(Events.PaymentRecorded(customerId: deal.CustomerId, amount: 50m, allocations:
        [
            new(a, Guid.NewGuid(), null, owner, 10m), new(a, Guid.NewGuid(), null, owner, 15m), new(b, Guid.NewGuid(), null, owner, 25m),
        ]));
        await factory.ConsumeAsync(Events.PaymentRecorded(customerId: deal.CustomerId, amount: 8m, allocations: []));

        var lines = await factory.QueryAsync(db => db.Timeline.AsNoTracking()
            .Where(t => t.CustomerId == deal.CustomerId && t.TextKey.StartsWith("Timeline_Payment")).ToListAsync());
        Assert.Equal(new[] { "25.00|" + a, "25.00|" + b }.Order(), lines.Where(l => l.TextKey == "Timeline_PaymentRecorded")
            .Select(l => l.Arguments.Split('|')[1] + "|" + l.Link!.Split('=')[1]).Order());
        Assert.Null(Assert.Single(lines, l => l.TextKey == "Timeline_PaymentUnallocated").Link);
    }

    [Fact]
    public async Task Given_a_merged_customer_When_an_event_carries_its_old_id_Then_the_line_goes_to_the_survivor()
    {
        var (survivor, duplicate) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var original = await db.Customers.FirstAsync(c => c.MergedIntoId == null && c.Name.Contains("海天"));
            var copy = new Customer(Guid.NewGuid(), "C0099MRG-1",
                new LeadDetails("王磊", "宁波海天（重复）", "138 0574 0099", "展会扫码", "汽车零部件", null, null, null),
                original.OwnerId, factory.Clock.GetCurrentInstant());
            db.Customers.Add(copy);
            await db.SaveChangesAsync();
            copy.MergeInto(original);
            await db.SaveChangesAsync();
            return (original.Id, copy.Id);
        });

        await factory.ConsumeAsync(Events.ContractCreated(customerId: duplicate, number: "HT-2026-00099"));

        Assert.Equal(1, await factory.QueryAsync(db =>
            db.Timeline.CountAsync(t => t.CustomerId == survivor && t.Arguments.StartsWith("HT-2026-00099"))));
    }

    private async Task<Deal> NewDealAsync(string title, bool lost = false) =>
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var pipeline = await db.Pipelines.Include(p => p.Stages).OrderByDescending(p => p.IsDefault).FirstAsync();
            var owner = (await db.Customers.FirstAsync(c => c.Name.Contains("恒清"))).OwnerId;
            var now = factory.Clock.GetCurrentInstant();
            var code = "CL" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            var customer = new Customer(Guid.NewGuid(), code,
                new LeadDetails("陈建国", "闭环测试客户 " + code, "139 0575 " + Random.Shared.Next(1000, 9999), "转介绍", "水处理", null, null, null), owner, now);
            db.Customers.Add(customer);
            var deal = Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, title, 86_000m, null, now);
            if (lost)
            {
                deal.Close(false, "价格", now);
            }
            db.Deals.Add(deal);
            await db.SaveChangesAsync();
            return deal;
        });

    private Task<int> CountAsync(Guid customerId, string key) =>
        factory.QueryAsync(db => db.Timeline.CountAsync(t => t.CustomerId == customerId && t.TextKey == key));
}
