using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

/// <summary>By-hand allocation limits, over-payments kept as credit and applied to the next milestone, currencies.</summary>
public sealed class CustomerCreditTests
{
    private static readonly Guid Finance = Guid.NewGuid();

    [Fact]
    public void Given_by_hand_lines_When_the_second_asks_more_than_is_left_of_the_payment_Then_it_is_refused_naming_what_is_left()
    {
        var contract = Build.Contract(300m, 700m);
        var payment = Build.Payment(contract, 1000m);
        payment.Allocate(contract.Milestones[0], 300m, Finance, AppFactory.DefaultNow);

        var refusal = Assert.Throws<DomainException>(() => payment.Allocate(contract.Milestones[1], 700.01m, Finance, AppFactory.DefaultNow));

        Assert.Equal(("Payment_Error_BeyondPayment", 700m), (refusal.Key, (decimal)refusal.Arguments[0]));
        Assert.Equal(0m, contract.Milestones[1].PaidAmount);
        Assert.Equal(700m, payment.Unallocated);
    }

    [Fact]
    public void Given_a_payment_larger_than_the_line_When_the_line_is_beyond_the_milestone_Then_BeyondOutstanding_names_what_is_owed()
    {
        var contract = Build.Contract(300m, 700m);
        var payment = Build.Payment(contract, 2000m);

        var refusal = Assert.Throws<DomainException>(() => payment.Allocate(contract.Milestones[1], 700.50m, Finance, AppFactory.DefaultNow));

        Assert.Equal(("Payment_Error_BeyondOutstanding", 700m), (refusal.Key, (decimal)refusal.Arguments[0]));
        Assert.Empty(payment.Allocations);
    }

    [Fact]
    public void Given_an_over_payment_kept_as_credit_When_the_customers_next_contract_appears_Then_the_credit_goes_to_its_oldest_milestone()
    {
        var first = Build.Contract(300m, 700m);
        var payment = Build.Payment(first, 1250m);
        payment.AllocateOldestFirst(first.Milestones, Finance, AppFactory.DefaultNow);
        Assert.Equal(250m, payment.Unallocated);

        var next = Build.NextContract(first, 200m, 800m);
        var made = payment.AllocateOldestFirst(next.Milestones, Finance, AppFactory.DefaultNow);

        Assert.Equal([200m, 50m], made.Select(a => a.Amount));
        Assert.Equal([200m, 50m], next.Milestones.Select(m => m.PaidAmount));
        Assert.Equal(0m, payment.Unallocated);
        Assert.True(next.Milestones[0].Settle(receiptRequired: false, Finance, Build.Signed, AppFactory.DefaultNow));
        Assert.False(next.Milestones[1].Settle(receiptRequired: false, Finance, Build.Signed, AppFactory.DefaultNow));
    }

    [Fact]
    public void Given_a_payment_in_another_currency_When_allocated_by_hand_Then_it_is_refused_naming_both_currencies()
    {
        var contract = Build.Contract(300m);
        var payment = Build.Payment(contract, 300m, currency: "USD");

        var refusal = Assert.Throws<DomainException>(() => payment.Allocate(contract.Milestones[0], 300m, Finance, AppFactory.DefaultNow));

        Assert.Equal("Payment_Error_Currency", refusal.Key);
        Assert.Equal(new object[] { "USD", "CNY" }, refusal.Arguments);
        Assert.Equal(0m, contract.Milestones[0].PaidAmount);
    }

    [Fact]
    public void Given_a_payment_in_another_currency_When_allocated_oldest_first_Then_nothing_is_taken_and_it_stays_credit()
    {
        var contract = Build.Contract(300m);
        var payment = Build.Payment(contract, 300m, currency: "USD");

        Assert.Empty(payment.AllocateOldestFirst(contract.Milestones, Finance, AppFactory.DefaultNow));
        Assert.Equal(300m, payment.Unallocated);
    }

    [Fact]
    public void Given_a_reported_milestone_When_the_money_is_recorded_Then_recording_it_is_Finances_confirmation()
    {
        var contract = Build.Contract(300m);
        var milestone = contract.Milestones[0];
        milestone.ReportPaid(Guid.NewGuid(), "客户说已付", AppFactory.DefaultNow);
        Build.Payment(contract, 300m).Allocate(milestone, 300m, Finance, AppFactory.DefaultNow);

        Assert.True(milestone.Settle(receiptRequired: false, Finance, Build.Signed, AppFactory.DefaultNow));

        Assert.Equal((ReceivableStatus.Paid, Finance), (milestone.Status, milestone.ConfirmedBy));
        Assert.NotNull(milestone.ConfirmedAt);
    }
}
