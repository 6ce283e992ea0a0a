using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SalesSuite.Collections.Application.Reasons;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

/// <summary>Overdue age in Asia/Shanghai calendar days, the untagged escalation threshold and playbooks as tasks.</summary>
public sealed class OverdueTests
{
    private static readonly LocalDate Due = new(2026, 11, 22);

    private static Receivable DueOn(LocalDate due) =>
        Contract.FromAcceptedQuote("HT-2026-00001", Build.Quote(1000m, new MilestoneTerms("首付款", 1000m, due, null)), AppFactory.DefaultNow)
            .Milestones.Single();

    private static LocalDate TodayAt(Instant instant) =>
        new BusinessClock(new FakeClock(instant), Options.Create(new BusinessTimeOptions())).Today;

    [Fact]
    public void Given_a_milestone_due_2026_11_22_When_it_is_23_59_that_day_in_Shanghai_Then_it_is_not_overdue()
    {
        // 23:59 in Shanghai is 15:59 UTC: already the 22nd's afternoon in UTC, still the due day in the business zone.
        var today = TodayAt(Instant.FromUtc(2026, 11, 22, 15, 59));

        Assert.Equal(0, DueOn(Due).DaysOverdue(today));
        Assert.False(DueOn(Due).IsOverdue(today));
    }

    [Fact]
    public void Given_a_milestone_due_2026_11_22_When_it_is_midnight_in_Shanghai_Then_it_is_1_day_overdue_although_UTC_is_still_the_22nd()
    {
        var today = TodayAt(Instant.FromUtc(2026, 11, 22, 16, 0));

        Assert.Equal(new LocalDate(2026, 11, 23), today);
        Assert.Equal(1, DueOn(Due).DaysOverdue(today));
    }

    [Fact]
    public void Given_a_milestone_When_counting_across_a_weekend_Then_calendar_days_count()
    {
        // 2026-11-27 is a Friday; the Monday after is three calendar days later.
        Assert.Equal(3, DueOn(new LocalDate(2026, 11, 27)).DaysOverdue(new LocalDate(2026, 11, 30)));
    }

    [Fact]
    public void Given_a_paid_or_undated_milestone_Then_it_is_never_overdue()
    {
        var contract = Build.Contract(100m);
        var paid = contract.Milestones.Single();
        paid.ApplyPayment(100m);
        paid.Settle(receiptRequired: false, Guid.NewGuid(), Build.Signed, AppFactory.DefaultNow);
        var undated = DueOn(Due);
        undated.MoveDueDate(null);

        Assert.Equal(0, paid.DaysOverdue(Build.Signed.PlusDays(400)));
        Assert.Equal(0, undated.DaysOverdue(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void Given_an_untagged_overdue_item_When_2_then_3_days_overdue_Then_only_the_third_day_escalates_and_only_once()
    {
        var r = DueOn(Due);

        Assert.False(r.UntaggedNeedsEscalation(Due.PlusDays(2), 3));
        Assert.True(r.UntaggedNeedsEscalation(Due.PlusDays(3), 3));
        r.MarkUntaggedEscalated(AppFactory.DefaultNow);
        Assert.False(r.UntaggedNeedsEscalation(Due.PlusDays(4), 3));
    }

    [Fact]
    public void Given_the_invoice_playbook_When_started_on_2026_11_23_Then_each_step_is_a_task_due_its_days_later_in_order()
    {
        var reason = DefaultReasons.Create().Single(r => r.Id == DefaultReasons.InvoiceNotReceived);
        var receivableId = Guid.NewGuid();

        var tasks = reason.StartPlaybook(receivableId, new LocalDate(2026, 11, 23), AppFactory.DefaultNow);

        Assert.Equal([1, 2], tasks.Select(t => t.Order));
        Assert.Equal([Roles.Finance, Roles.Salesperson], tasks.Select(t => t.ResponsibleRole));
        Assert.Equal([new LocalDate(2026, 11, 24), new LocalDate(2026, 11, 25)], tasks.Select(t => t.DueOn));
        Assert.Equal("发票号：{invoiceNo}，已重新发送至 {email}", tasks[0].LinkOrTemplate);
        Assert.All(tasks, t => Assert.True(t.IsOpen && t.ReceivableId == receivableId && t.ReasonId == reason.Id));
        Assert.Single(tasks.Select(t => t.CreatedAt).Distinct());
    }

    [Fact]
    public void Given_the_reason_other_When_tagged_without_text_Then_it_is_refused_and_the_receivable_is_unchanged()
    {
        var other = DefaultReasons.Create().Single(r => r.Id == DefaultReasons.Other);
        var r = DueOn(Due);

        var refusal = Assert.Throws<DomainException>(() => r.TagOverdueReason(other, "  ", Guid.NewGuid(), Due.PlusDays(1), AppFactory.DefaultNow));

        Assert.Equal("Receivable_Error_ReasonTextRequired", refusal.Key);
        Assert.Null(r.OverdueReasonId);
    }

    [Fact]
    public void Given_the_defaults_Then_four_reasons_in_order_each_with_a_playbook_and_only_other_needs_a_text()
    {
        var defaults = DefaultReasons.Create();

        Assert.Equal(["客户账户异常", "发票未送达", "合同条款争议", "其他"], defaults.OrderBy(r => r.SortOrder).Select(r => r.Name));
        Assert.Equal(["其他"], defaults.Where(r => r.RequiresText).Select(r => r.Name));
        Assert.All(defaults, r => Assert.NotEmpty(r.Steps));
        Assert.Contains(defaults.Single(r => r.Name == "合同条款争议").Steps, s => s.ResponsibleRole == Roles.Legal);
    }
}
