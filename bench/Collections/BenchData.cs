using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using NodaTime;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Bench;

/// <summary>
/// Bulk data through the domain (so every state is one the application can reach), EF with change detection off,
/// batches of 1,000 contracts, no audit interceptor (seeding is not a user command). Four milestones per contract
/// (首付款 30% at signing, 到货款 40% +45 d, 验收款 25% +120 d, 质保金 5% +365 d); signing dates spread over the last
/// 15 months, so due dates cover about 18 months up to today and a year beyond; ~30% of milestones paid, some partly,
/// some reported; most unpaid overdue items tagged with one of four reasons, the rest untagged.
/// </summary>
internal static class BenchData
{
    private static readonly (string Name, decimal Percent, int Days)[] Schedule =
        [("首付款", 30m, 0), ("到货款", 40m, 45), ("验收款", 25m, 120), ("质保金", 5m, 365)];

    private static readonly (string Name, bool Text)[] Reasons =
        [("客户账户异常", false), ("发票未送达", false), ("合同条款争议", false), ("其他", true)];

    public static async Task<int> InsertAsync(
        string folder, int contracts, IReadOnlyList<Guid> owners, Guid financeId, LocalDate today, Instant now)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataFolder"] = folder,
        }).Build();
        var builder = new DbContextOptionsBuilder<CollectionsDbContext>();
        DbContextRegistration.Configure(builder, DbContextRegistration.ReadOptions(configuration), folder, "collections");
        var random = new Random(8);
        var customers = Enumerable.Range(1, Math.Max(100, contracts / 10))
            .Select(i => new CustomerAccount(Guid.NewGuid(), $"BC{i:D6}", $"基准客户{i}有限公司", "制造业", owners[random.Next(owners.Count)]))
            .ToList();
        List<OverdueReason> reasons;
        await using (var db = new CollectionsDbContext(builder.Options))
        {
            db.Customers.AddRange(customers);
            reasons = await db.OverdueReasons.ToListAsync();
            if (reasons.Count == 0)
            {
                reasons = Reasons.Select((r, i) => new OverdueReason(Guid.NewGuid(), r.Name, r.Text, i + 1)).ToList();
                db.OverdueReasons.AddRange(reasons);
            }
            await db.SaveChangesAsync();
        }
        var payments = 0;
        const int batch = 1_000;
        for (var done = 0; done < contracts; done += batch)
        {
            await using var db = new CollectionsDbContext(builder.Options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(contracts, done + batch); i++)
            {
                var customer = customers[random.Next(customers.Count)];
                var signed = today.PlusDays(-random.Next(0, 456));
                var amount = random.Next(10, 2_000) * 1_000m;
                var parts = ScheduleMath.Split(amount, Schedule.Select(s => s.Percent).ToList());
                var terms = Schedule.Select((s, k) => new MilestoneTerms(s.Name, parts[k], signed.PlusDays(s.Days), null)).ToList();
                var contract = Contract.Manual(
                    $"BENCH-{i:D6}", customer.CustomerId, customer.OwnerId!.Value, null, amount, "CNY", signed, null, terms, financeId, now);
                db.Contracts.Add(contract);
                foreach (var milestone in contract.Milestones)
                {
                    payments += Settle(db, milestone, random, financeId, today, now, reasons, $"{i}-{milestone.Sequence}");
                }
            }
            await db.SaveChangesAsync();
        }
        return payments;
    }

    /// <summary>Paid (most older milestones), partly paid, reported, overdue with or without a reason, or just open.</summary>
    private static int Settle(
        CollectionsDbContext db, Receivable milestone, Random random, Guid financeId, LocalDate today, Instant now,
        IReadOnlyList<OverdueReason> reasons, string reference)
    {
        var due = milestone.DueDate!.Value;
        var daysPast = Period.Between(due, today, PeriodUnits.Days).Days;
        var roll = random.NextDouble();
        // About 30% of all milestones end up paid: half of those due over 120 days ago, a quarter of the recent ones.
        var paidShare = daysPast > 120 ? 0.50 : daysPast > 0 ? 0.25 : 0.03;
        if (roll < paidShare || roll < paidShare + 0.04)
        {
            var full = roll < paidShare;
            var amount = full ? milestone.Amount : decimal.Round(milestone.Amount * 0.4m, 2);
            var paidOn = Min(today, due.PlusDays(random.Next(-5, 40)));
            var payment = new Payment(
                Guid.NewGuid(), "BR" + reference, milestone.CustomerId, paidOn, amount, "CNY", "付款方", PaymentSource.Manual, financeId, now);
            payment.Allocate(milestone, amount, financeId, now);
            db.Payments.Add(payment);
            if (full)
            {
                milestone.Settle(receiptRequired: false, financeId, paidOn, now);
            }
            return 1;
        }
        if (roll < paidShare + 0.05)
        {
            milestone.ReportPaid(milestone.OwnerId, "客户说已付", now);
        }
        else if (milestone.IsOverdue(today) && random.NextDouble() < 0.65)
        {
            var reason = reasons[random.Next(reasons.Count)];
            milestone.TagOverdueReason(reason, reason.RequiresText ? "客户资金紧张" : null, milestone.OwnerId, today, now);
        }
        return 0;
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
