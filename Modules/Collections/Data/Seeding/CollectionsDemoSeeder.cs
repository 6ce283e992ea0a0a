using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Collections.Application.Commissions;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.Collections.Application.Overdue;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.Collections.Application.Reasons;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Domain;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Data.Seeding;

/// <summary>
/// Demo data, once: scenario 3's accepted quote (瑞康, V3.2) as a contract whose milestones are paid / reported and
/// escalated / open / not yet scheduled; scenario-1 customers with overdue receivables under each reason (playbooks
/// started), one untagged, one paid in full (成交闭环), a reversed payment and an over-payment kept as credit; credit
/// limits, one exceeded. Events are published like the commands do, so Leads' timelines and Quotes' credit read model
/// tell the same story.
/// </summary>
internal sealed class CollectionsDemoSeeder(
    CollectionsDbContext db, IOrganisation organisation, BusinessClock business, SettlementService settlement, CommissionCashService cash,
    ReasonCommands reasons, UnitOfWork<CollectionsDbContext> unitOfWork)
{
    private static readonly byte[] ReceiptPng =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    /// <summary>The operation-log name of every change the demo makes (history shows "Collections.DemoSeed", not the last command's name).</summary>
    private const string Operation = "Collections.DemoSeed";

    private Dictionary<string, Guid> users = [];
    private int number;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Contracts.AnyAsync(ct))
        {
            return;
        }
        users = (await organisation.ActiveUsersAsync(ct)).ToDictionary(u => u.UserName, u => u.Id);
        if (!users.ContainsKey("sales07") || !users.ContainsKey("finance"))
        {
            return;
        }
        var today = business.Today;
        var now = business.Now;
        // The hosted service that ensures the default overdue reasons may not have run yet.
        await reasons.EnsureDefaultsAsync(ct);
        var contracts = new List<Contract>
        {
            Scenario3(now),
            Manual("绍兴恒清过滤设备有限公司", "sales01", 186_000m, today.PlusDays(-120), ("首付款", 30m, 35), ("到货款", 70m, 75)),
            Manual("宁波海天精密机械有限公司", "sales01", 98_500m, today.PlusDays(-80), ("首付款", 50m, 10), ("到货款", 50m, 60)),
            Manual("浙江新和成化工股份有限公司", "sales03", 264_000m, today.PlusDays(-150), ("首付款", 40m, 20), ("验收款", 60m, 75)),
            Manual("杭州娃哈哈饮料有限公司", "sales02", 57_800m, today.PlusDays(-40), ("货款", 100m, 35)),
            Manual("天津滨海汽车零部件有限公司", "sales05", 132_000m, today.PlusDays(-200), ("首付款", 30m, 30), ("验收款", 70m, 100)),
            Manual("广州珠江啤酒股份有限公司", "sales07", 45_600m, today.PlusDays(-90), ("首付款", 50m, 5), ("到货款", 50m, 40)),
            Manual("深圳华强水务有限公司", "sales08", 76_000m, today.PlusDays(-30), ("首付款", 30m, 10), ("到货款", 70m, 45)),
        };
        db.Contracts.AddRange(contracts);
        foreach (var contract in contracts)
        {
            db.Publish(ContractEvents.Created(contract, users["finance"], now));
        }
        AddAccounts();
        await unitOfWork.CommitAsync(Operation, ct);

        var byCustomer = contracts.ToDictionary(c => c.CustomerId);
        Contract Of(string company) => byCustomer[DemoIds.Customer(company)];
        var ruikang = contracts[0];
        await PayAsync(ruikang, "ICBC-20260305-0071", ruikang.Milestones[0].Amount, new LocalDate(2026, 3, 5), [ruikang.Milestones[0]], ct);
        await PayAsync(ruikang, "ICBC-20260612-0233", 200_000m, new LocalDate(2026, 6, 12), [ruikang.Milestones[1]], ct);
        ruikang.Milestones[1].ReportPaid(users["sales07"], "客户财务称余款已于上周五转账，请财务查收", now - Duration.FromHours(50));
        var zhujiang = Of("广州珠江啤酒股份有限公司");
        // Paid in full last month: sales07's approved commission statement of that month is built on it.
        var lastMonth = CommissionStatement.MonthOf(today).PlusMonths(-1);
        await PayAsync(zhujiang, "CMB-ZJ-88120", zhujiang.Amount, lastMonth.PlusDays(14), zhujiang.Milestones, ct);
        var huaqiang = Of("深圳华强水务有限公司");
        await PayAsync(huaqiang, "BOC-HQ-55301", huaqiang.Milestones[0].Amount + 5_000m, today.PlusDays(-18), [huaqiang.Milestones[0]], ct);
        var haitian = Of("宁波海天精密机械有限公司");
        await PayAsync(haitian, "ABC-HT-30017", haitian.Milestones[0].Amount, today.PlusDays(-65), [haitian.Milestones[0]], ct);
        var bounced = await PayAsync(haitian, "ABC-HT-30544", haitian.Milestones[1].Amount, today.PlusDays(-12), [haitian.Milestones[1]], ct);
        Reverse(bounced, "银行退票：付款账户信息不符", now, haitian);
        var hengqing = Of("绍兴恒清过滤设备有限公司");
        await PayAsync(hengqing, "CCB-HQ-10921", hengqing.Milestones[0].Amount, today.PlusDays(-82), [hengqing.Milestones[0]], ct);

        await TagAsync(hengqing.Milestones[1], "发票未送达", null, doneSteps: 1, today, ct);
        await TagAsync(haitian.Milestones[1], "客户账户异常", null, doneSteps: 0, today, ct);
        await TagAsync(Of("浙江新和成化工股份有限公司").Milestones[0], "合同条款争议", null, doneSteps: 1, today, ct);
        await TagAsync(Of("天津滨海汽车零部件有限公司").Milestones[0], "其他", "客户集团付款审批流程调整，预计下月初统一付款", 0, today, ct);
        await unitOfWork.CommitAsync(Operation, ct);
        await CommissionsAsync(today, now, ct);
    }

    /// <summary>Commission rules and one approved statement: sales07's last month, approved by her manager.</summary>
    private async Task CommissionsAsync(LocalDate today, Instant now, CancellationToken ct)
    {
        db.CommissionRules.AddRange(
            new CommissionRule(Guid.NewGuid(), null, null, 2m, [new CommissionTier(100_000m, 3m), new CommissionTier(300_000m, 4m)]),
            new CommissionRule(Guid.NewGuid(), "SW", null, 5m, []),
            new CommissionRule(Guid.NewGuid(), null, "经销商", 1.5m, []));
        await unitOfWork.CommitAsync(Operation, ct);
        var month = CommissionStatement.MonthOf(today).PlusMonths(-1);
        var sales = users["sales07"];
        var collected = (await cash.CollectedAsync(month, month.PlusMonths(1).PlusDays(-1), "CNY", ct))
            .Where(c => c.OwnerId == sales).Select(c => c.Cash).ToList();
        var manager = (await organisation.ManagerOfAsync(sales, ct))?.Id;
        if (collected.Count == 0 || manager is not { } approver)
        {
            return;
        }
        var statement = new CommissionStatement(Guid.NewGuid(), sales, month, "CNY");
        statement.Rebuild(CommissionCalculator.Earn(collected, await db.CommissionRules.ToListAsync(ct)), users["finance"], now);
        statement.Approve(approver, today, now);
        db.CommissionStatements.Add(statement);
        db.Publish(new CommissionStatementApproved(
            EventId: Guid.NewGuid(), OccurredAt: now, ActorUserId: approver, StatementId: statement.Id, UserId: sales,
            PeriodStart: month, Amount: statement.Total, Currency: "CNY"));
        await unitOfWork.CommitAsync(Operation, ct);
    }

    private Contract Scenario3(Instant now)
    {
        // Scenario 3: Shenzhen medical-device dealer, custom software, V3.2 after Finance relocked costs.
        var signed = new LocalDate(2026, 2, 20);
        var quote = new AcceptedQuote(
            QuoteId: DemoIds.Of("quotes:Q-2026-0001"), DealId: DemoIds.Of("quotes:d1"), CustomerId: DemoIds.Customer("深圳瑞康医疗器械有限公司"),
            OwnerId: users["sales07"], Version: "V3.2", Amount: 940_200m, Currency: "CNY", AcceptedOn: signed,
            Terms: "验收合格后 10 日内支付验收款；违约金不超过合同总额 5%。",
            Milestones:
            [
                new MilestoneTerms("首付款", 282_060m, null, 10),
                new MilestoneTerms("到货款", 376_080m, null, 90),
                new MilestoneTerms("验收款", 235_050m, business.Today.PlusDays(25), null),
                new MilestoneTerms("质保金", 47_010m, null, null),
            ]);
        return Contract.FromAcceptedQuote(NextNumber(signed), quote, now - Duration.FromDays(280));
    }

    private Contract Manual(string company, string owner, decimal amount, LocalDate signed, params (string Name, decimal Percent, int Days)[] plan)
    {
        var parts = ScheduleMath.Split(amount, plan.Select(p => p.Percent).ToList());
        var schedule = plan.Select((p, i) => new MilestoneTerms(p.Name, parts[i], null, p.Days)).ToList();
        return Contract.Manual(NextNumber(signed), DemoIds.Customer(company), users[owner], null, amount, "CNY", signed,
            "款到发货；逾期按日万分之五计违约金。", schedule, users["finance"], business.StartOfDay(signed));
    }

    private string NextNumber(LocalDate signed) => $"HT-{signed.Year}-{++number:00000}";

    private void AddAccounts()
    {
        db.Customers.Add(Account("深圳瑞康医疗器械有限公司", "C-SZ-0107", "经销商", "sales07", 1_000_000m));
        db.Customers.Add(Account("绍兴恒清过滤设备有限公司", null, null, "sales01", 500_000m));
        db.Customers.Add(Account("浙江新和成化工股份有限公司", null, null, "sales03", 150_000m));
        db.Customers.Add(Account("宁波海天精密机械有限公司", null, null, "sales01", null));
    }

    /// <summary>Leads' demo customers get their real code when Leads' CustomerRegistered arrives (the handler refreshes it).</summary>
    private CustomerAccount Account(string company, string? code, string? type, string owner, decimal? limit)
    {
        var account = new CustomerAccount(DemoIds.Customer(company), code ?? "…", company, type, users[owner]);
        account.SetCreditLimit(limit);
        return account;
    }

    private async Task<Payment> PayAsync(
        Contract contract, string reference, decimal amount, LocalDate paidOn, IReadOnlyList<Receivable> to, CancellationToken ct)
    {
        var finance = users["finance"];
        var at = business.StartOfDay(paidOn).Plus(Duration.FromHours(10));
        var receipt = new Receipt(Guid.NewGuid(), $"{reference}.png", ReceiptPng, finance, at);
        db.Receipts.Add(receipt);
        var payment = new Payment(Guid.NewGuid(), reference, contract.CustomerId, paidOn, amount, "CNY", null, PaymentSource.Manual, finance, at);
        payment.AttachReceipt(receipt.Id);
        // Over the given milestones only (what is left is the customer's credit, as for an over-payment).
        payment.AllocateOldestFirst(to, finance, at);
        db.Payments.Add(payment);
        db.Publish(PaymentEvents.Recorded(payment, payment.Allocations, to.ToDictionary(m => m.Id), finance, at));
        await settlement.SettleAsync(to.ToList(), finance, paidOn, ct);
        await unitOfWork.CommitAsync(Operation, ct);
        return payment;
    }

    private void Reverse(Payment payment, string reason, Instant now, Contract contract)
    {
        var milestones = contract.Milestones.ToDictionary(m => m.Id);
        var reversed = payment.Reverse(reason, users["finance"], now, milestones);
        db.Publish(PaymentEvents.Reversed(payment, reversed, milestones, users["finance"], now));
    }

    private async Task TagAsync(
        Receivable receivable, string reasonName, string? text, int doneSteps, LocalDate today, CancellationToken ct)
    {
        var reason = await db.OverdueReasons.FirstOrDefaultAsync(r => r.Name == reasonName, ct);
        if (reason is null || !receivable.IsOverdue(today))
        {
            return;
        }
        var taggedOn = today.PlusDays(-Math.Min(receivable.DaysOverdue(today), 2));
        var at = business.StartOfDay(taggedOn).Plus(Duration.FromHours(11));
        receivable.TagOverdueReason(reason, text, receivable.OwnerId, today, at);
        receivable.MarkOverdueNotified(at);
        var tasks = reason.StartPlaybook(receivable.Id, taggedOn, at);
        foreach (var task in tasks.Where(t => t.Order <= doneSteps))
        {
            task.Complete(receivable.OwnerId, at.Plus(Duration.FromHours(5)));
        }
        db.Tasks.AddRange(tasks);
        db.Publish(OverdueEvents.Tagged(receivable, reason, receivable.OwnerId, today, at));
    }
}
