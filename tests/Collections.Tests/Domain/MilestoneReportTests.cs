using NodaTime;
using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

/// <summary>"Customer says it is paid", Finance's rejection or confirmation with the bank receipt, and the escalation rule.</summary>
public sealed class MilestoneReportTests
{
    private static readonly Guid Sales = Guid.NewGuid();
    private static readonly Guid Finance = Guid.NewGuid();
    private static readonly Instant Now = AppFactory.DefaultNow;
    private static readonly Duration Wait = Duration.FromHours(48);

    [Fact]
    public void Given_a_report_When_48_hours_pass_Then_it_needs_escalation_once_and_not_before()
    {
        var milestone = Build.Contract(1000m).Milestones[0];
        milestone.ReportPaid(Sales, "客户已转账", Guid.NewGuid(), Now);

        Assert.False(milestone.ReportNeedsEscalation(Now + Wait - Duration.FromMinutes(1), Wait));
        Assert.True(milestone.ReportNeedsEscalation(Now + Wait, Wait));
        milestone.MarkReportEscalated(Now + Wait);
        Assert.False(milestone.ReportNeedsEscalation(Now + Wait + Duration.FromDays(10), Wait));
    }

    [Fact]
    public void Given_a_rejected_report_When_reported_again_Then_the_rejection_is_cleared_and_a_new_escalation_may_follow()
    {
        var milestone = Build.Contract(1000m).Milestones[0];
        milestone.ReportPaid(Sales, null, null, Now);
        milestone.MarkReportEscalated(Now + Wait);
        milestone.RejectReport(Finance, "银行未到账", Now + Wait);
        Assert.Equal((ReceivableStatus.Open, "银行未到账"), (milestone.Status, milestone.RejectionReason));
        Assert.False(milestone.ReportNeedsEscalation(Now + (Wait * 2), Wait));

        var receipt = Guid.NewGuid();
        milestone.ReportPaid(Sales, "再次确认", receipt, Now + (Wait * 2));

        Assert.Equal(ReceivableStatus.Reported, milestone.Status);
        Assert.Null(milestone.RejectedAt);
        Assert.Equal(receipt, milestone.ReportReceiptId);
        Assert.True(milestone.ReportNeedsEscalation(Now + (Wait * 3), Wait));
    }

    [Fact]
    public void Given_a_rejection_without_reason_or_without_report_Then_it_is_refused()
    {
        var milestone = Build.Contract(1000m).Milestones[0];
        Assert.Equal("Receivable_Error_NotReported",
            Assert.Throws<DomainException>(() => milestone.RejectReport(Finance, "no", Now)).Key);
        milestone.ReportPaid(Sales, null, null, Now);

        Assert.Equal("Receivable_Error_ReasonRequired", Assert.Throws<DomainException>(() => milestone.RejectReport(Finance, " ", Now)).Key);
        Assert.Equal(ReceivableStatus.Reported, milestone.Status);
    }

    [Fact]
    public void Given_money_outstanding_When_Finance_confirms_with_a_receipt_Then_it_is_refused_and_nothing_is_attached()
    {
        var contract = Build.Contract(1000m);
        var milestone = contract.Milestones[0];
        Build.Payment(contract, 400m).Allocate(milestone, 400m, Finance, Now);

        var refusal = Assert.Throws<DomainException>(() => milestone.ConfirmReceipt(Guid.NewGuid()));

        Assert.Equal(("Receivable_Error_Outstanding", 600m), (refusal.Key, (decimal)refusal.Arguments[0]));
        Assert.Null(milestone.ReceiptId);
        Assert.False(milestone.AwaitsConfirmation);
    }

    [Fact]
    public void Given_all_money_in_and_a_report_When_Finance_confirms_with_the_receipt_Then_settling_turns_it_paid_and_confirmed()
    {
        var contract = Build.Contract(1000m);
        var milestone = contract.Milestones[0];
        Build.Payment(contract, 1000m).Allocate(milestone, 1000m, Finance, Now);
        Assert.False(milestone.Settle(receiptRequired: true, Finance, Build.Signed, Now));
        Assert.Equal(ReceivableStatus.AwaitingReceipt, milestone.Status);
        milestone.ReportPaid(Sales, null, Guid.NewGuid(), Now);
        Assert.True(milestone.AwaitsConfirmation);

        milestone.ConfirmReceipt(milestone.ReportReceiptId!.Value);
        var paid = milestone.Settle(receiptRequired: true, Finance, Build.Signed, Now);

        Assert.True(paid);
        Assert.Equal((ReceivableStatus.Paid, Finance), (milestone.Status, milestone.ConfirmedBy));
        Assert.Equal("Receivable_Error_AlreadyPaid", Assert.Throws<DomainException>(() => milestone.ConfirmReceipt(Guid.NewGuid())).Key);
    }
}
