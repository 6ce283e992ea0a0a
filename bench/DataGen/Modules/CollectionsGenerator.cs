using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Bench.DataGen;

/// <summary>
/// Collections at scale (issue 13: 50,000 contracts with milestones and payments). A contract per won deal
/// (<c>Ids.For("contract", i)</c>, its deal, customer and owner), then Finance's contracts for deals closed outside Quotes
/// when there are fewer won deals than contracts. Built with the domain (<c>Contract.Manual</c>, <c>Payment.Allocate</c>,
/// <c>Receivable.Settle</c> / <c>ReportPaid</c> / <c>TagOverdueReason</c>, <c>CustomerAccount.UpdateExposure</c>) as
/// bench/Collections does, written with prepared INSERTs: four milestones per contract (首付款 30 % at signing, 到货款 40 %
/// +45 d, 验收款 25 % +120 d, 质保金 5 % +365 d); most older milestones paid (some partly), some reported "customer says paid",
/// most unpaid overdue ones tagged with a reason; customer accounts with their exposure, one in ten with a credit limit.
/// Commission statements are not generated (Finance generates them per month from the payments).
/// </summary>
internal sealed class CollectionsGenerator : IModuleGenerator
{
    private const int Chunk = 5_000;

    private static readonly (string Name, decimal Percent, int Days)[] Schedule =
        [("首付款", 30m, 0), ("到货款", 40m, 45), ("验收款", 25m, 120), ("质保金", 5m, 365)];

    private static readonly string[] Payers = ["对公账户", "采购部", "财务部", "集团结算中心"];

    public int Order => 30;

    public string Name => "Collections";

    public async Task RunAsync(GenContext context, CancellationToken cancellationToken)
    {
        var people = await GenSources.SalespeopleAsync(context);
        var deals = await GenSources.DealsAsync(context, people);
        var customers = await GenSources.CustomersAsync(context.DataFolder);
        var financeId = await GenSources.UserIdAsync(context, "finance");
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var now = context.Now;
        var today = now.InZone(zone).Date;
        var random = GenContext.Random(Name);

        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CollectionsDbContext>();
        var reasons = await EnsureReasonsAsync(db);
        var contractRows = new EntityRows<Contract>(db);
        var receivableRows = new EntityRows<Receivable>(db);
        var paymentRows = new EntityRows<Payment>(db);
        var allocationRows = new EntityRows<PaymentAllocation>(db);
        var accountRows = new EntityRows<CustomerAccount>(db);
        var known = (await db.Customers.AsNoTracking().Select(c => c.CustomerId).ToListAsync()).ToHashSet();

        var count = context.Count(50_000);
        var won = deals.Where(d => d.Status == "Won").Take(count).ToList();
        var exposure = new Dictionary<Guid, (decimal Scheduled, decimal Unscheduled, Guid Owner)>();
        long milestones = 0, payments = 0, allocations = 0;
        await using var bulk = await Bulk.OpenAsync(context.DataFolder, "collections");
        for (var done = 0; done < count; done += Chunk)
        {
            var contracts = new List<Contract>(Chunk);
            var paid = new List<Payment>();
            for (var i = done; i < Math.Min(count, done + Chunk); i++)
            {
                var deal = i < won.Count ? won[i] : null;
                var owner = deal?.OwnerId ?? people[random.Next(people.Count)].Id;
                var customer = deal?.CustomerId ?? Ids.For("customer", random.Next(context.Count(300_000)));
                var signed = deal?.ClosedAt is { } closed ? closed.InZone(zone).Date : today.PlusDays(-random.Next(0, 456));
                var amount = deal is { Amount: > 0 } ? decimal.Round(deal.Amount, 2) : random.Next(10, 2_000) * 1_000m;
                var parts = ScheduleMath.Split(amount, Schedule.Select(s => s.Percent).ToList());
                var terms = Schedule.Select((s, k) => new MilestoneTerms(s.Name, parts[k], signed.PlusDays(s.Days), null)).ToList();
                var at = signed.AtStartOfDayInZone(zone).ToInstant() + Duration.FromHours(10);
                var contract = Contract.Manual($"HT-G{i:D6}", customer, owner, deal?.Id, amount, "CNY", signed, null, terms, financeId, at);
                Private.Set(contract, nameof(Contract.Id), Ids.For("contract", i));
                foreach (var milestone in contract.Milestones)
                {
                    Private.Set(milestone, nameof(Receivable.Id), NextGuid(random));
                    Private.Set(milestone, nameof(Receivable.ContractId), contract.Id);
                    if (Settle(milestone, random, financeId, today, now, reasons, $"G{i}-{milestone.Sequence}") is { } payment)
                    {
                        paid.Add(payment);
                    }
                    Followed(milestone, today, now);
                }
                contracts.Add(contract);
                var (scheduled, unscheduled, _) = exposure.GetValueOrDefault(customer);
                var open = CreditExposure.Of([contract], "CNY");
                exposure[customer] = (scheduled + open.Scheduled, unscheduled + open.Unscheduled, owner);
            }
            await contractRows.InsertAsync(bulk, contracts);
            milestones += await receivableRows.InsertAsync(bulk, contracts.SelectMany(c => c.Milestones));
            payments += await paymentRows.InsertAsync(bulk, paid);
            allocations += await allocationRows.InsertAsync(bulk, paid.SelectMany(p => p.Allocations));
        }

        var accounts = new List<CustomerAccount>();
        foreach (var (customerId, (scheduled, unscheduled, owner)) in exposure.Where(e => !known.Contains(e.Key)))
        {
            var (code, name) = customers.GetValueOrDefault(customerId, ($"GC-{customerId.ToString("N")[..8]}", "生成客户"));
            var account = new CustomerAccount(customerId, code, name, null, owner);
            account.UpdateExposure(new CreditExposure(scheduled, unscheduled), now);
            if (random.NextDouble() < 0.1)
            {
                // Limits around the exposure: some customers end up over their limit.
                account.SetCreditLimit(decimal.Round((scheduled + unscheduled) * (decimal)(0.6 + random.NextDouble()) / 1000m, 0) * 1000m);
            }
            accounts.Add(account);
        }
        var accountCount = await accountRows.InsertAsync(bulk, accounts);
        Console.WriteLine($"  collections: {count:N0} contracts ({won.Count:N0} of won deals), {milestones:N0} milestones, "
            + $"{payments:N0} payments, {allocations:N0} allocations, {accountCount:N0} customer accounts");
    }

    /// <summary>The overdue reasons (the host ensures the defaults at start; the generator does not start the host).</summary>
    private static async Task<IReadOnlyList<OverdueReason>> EnsureReasonsAsync(CollectionsDbContext db)
    {
        var reasons = await db.OverdueReasons.AsNoTracking().Where(r => r.Active).ToListAsync();
        if (reasons.Count > 0)
        {
            return reasons;
        }
        (string Name, bool Text)[] defaults = [("客户账户异常", false), ("发票未送达", false), ("合同条款争议", false), ("其他", true)];
        db.OverdueReasons.AddRange(defaults.Select((r, i) => new OverdueReason(Guid.NewGuid(), r.Name, r.Text, i + 1)));
        await db.SaveChangesAsync();
        return await db.OverdueReasons.AsNoTracking().ToListAsync();
    }

    /// <summary>Paid (most older milestones), partly paid, reported, overdue with or without a reason, or just open.</summary>
    private static Payment? Settle(
        Receivable milestone, Random random, Guid financeId, LocalDate today, Instant now, IReadOnlyList<OverdueReason> reasons, string reference)
    {
        var due = milestone.DueDate!.Value;
        var daysPast = Period.Between(due, today, PeriodUnits.Days).Days;
        var roll = random.NextDouble();
        // Most of what fell due long ago is paid; recent items less so; little is paid before it is due.
        var paidShare = daysPast > 120 ? 0.88 : daysPast > 30 ? 0.7 : daysPast > 0 ? 0.45 : 0.04;
        if (roll < paidShare + 0.04)
        {
            var full = roll < paidShare;
            var amount = full ? milestone.Amount : decimal.Round(milestone.Amount * 0.4m, 2);
            var paidOn = Min(today, due.PlusDays(random.Next(-5, 40)));
            var payment = new Payment(
                NextGuid(random), "GB" + reference, milestone.CustomerId, paidOn, amount, "CNY", Payers[random.Next(Payers.Length)],
                PaymentSource.Manual, financeId, now);
            var allocation = payment.Allocate(milestone, amount, financeId, now);
            Private.Set(allocation, nameof(PaymentAllocation.Id), NextGuid(random));
            if (full)
            {
                milestone.Settle(receiptRequired: false, financeId, paidOn, now);
            }
            return payment;
        }
        if (roll < paidShare + 0.06)
        {
            milestone.ReportPaid(milestone.OwnerId, "客户说已付", now - Duration.FromHours(random.Next(1, 100)));
        }
        else if (milestone.IsOverdue(today) && random.NextDouble() < 0.7)
        {
            var reason = reasons[random.Next(reasons.Count)];
            milestone.TagOverdueReason(reason, reason.RequiresText ? "客户资金紧张" : null, milestone.OwnerId, today, now);
        }
        return null;
    }

    /// <summary>
    /// What the background work would already have done by now (so starting a host on the data does not send thousands of
    /// notifications at once): overdue items notified, untagged ones escalated after 3 days, old reports escalated.
    /// </summary>
    private static void Followed(Receivable milestone, LocalDate today, Instant now)
    {
        if (milestone.IsOverdue(today) && !milestone.IsPaid)
        {
            milestone.MarkOverdueNotified(now);
            if (milestone.UntaggedNeedsEscalation(today, 3))
            {
                milestone.MarkUntaggedEscalated(now);
            }
        }
        if (milestone.ReportNeedsEscalation(now, Duration.FromHours(48)))
        {
            milestone.MarkReportEscalated(now);
        }
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
