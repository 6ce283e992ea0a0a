using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

public sealed class PaymentTests
{
    private static readonly Guid Finance = Guid.NewGuid();

    [Fact]
    public void Given_a_partial_payment_When_allocated_oldest_first_Then_the_oldest_milestone_takes_it_and_stays_open()
    {
        var contract = Build.Contract(300m, 700m);
        var payment = Build.Payment(contract, 120m);

        payment.AllocateOldestFirst(contract.Milestones, Finance, AppFactory.DefaultNow);

        Assert.Equal([120m, 0m], contract.Milestones.Select(m => m.PaidAmount));
        Assert.Equal(ReceivableStatus.Open, contract.Milestones[0].Status);
        Assert.Equal(0m, payment.Unallocated);
    }

    [Fact]
    public void Given_an_over_payment_When_allocated_Then_every_milestone_is_covered_and_the_rest_is_customer_credit()
    {
        var contract = Build.Contract(300m, 700m);
        var payment = Build.Payment(contract, 1200.50m);

        payment.AllocateOldestFirst(contract.Milestones, Finance, AppFactory.DefaultNow);

        Assert.Equal([300m, 700m], contract.Milestones.Select(m => m.PaidAmount));
        Assert.Equal(200.50m, payment.Unallocated);
    }

    [Fact]
    public void Given_an_allocation_beyond_what_is_outstanding_Then_it_is_refused_and_nothing_changes()
    {
        var contract = Build.Contract(300m, 700m);
        var payment = Build.Payment(contract, 1000m);

        var refusal = Assert.Throws<DomainException>(() => payment.Allocate(contract.Milestones[0], 300.01m, Finance, AppFactory.DefaultNow));

        Assert.Equal("Payment_Error_BeyondOutstanding", refusal.Key);
        Assert.Equal(0m, contract.Milestones[0].PaidAmount);
        Assert.Empty(payment.Allocations);
    }

    [Fact]
    public void Given_a_full_payment_and_a_receipt_When_settled_Then_the_milestone_is_paid_once()
    {
        var contract = Build.Contract(300m, 700m);
        var payment = Build.Payment(contract, 300m);
        payment.AttachReceipt(Guid.NewGuid());
        payment.Allocate(contract.Milestones[0], 300m, Finance, AppFactory.DefaultNow);

        Assert.True(contract.Milestones[0].Settle(receiptRequired: true, Finance, Build.Signed, AppFactory.DefaultNow));
        Assert.False(contract.Milestones[0].Settle(receiptRequired: true, Finance, Build.Signed, AppFactory.DefaultNow));
        Assert.Equal(ReceivableStatus.Paid, contract.Milestones[0].Status);
    }

    [Fact]
    public void Given_a_full_payment_without_a_receipt_When_the_kind_needs_one_Then_it_waits_for_the_receipt()
    {
        var contract = Build.Contract(300m, 700m);
        Build.Payment(contract, 300m).Allocate(contract.Milestones[0], 300m, Finance, AppFactory.DefaultNow);

        Assert.False(contract.Milestones[0].Settle(receiptRequired: true, Finance, Build.Signed, AppFactory.DefaultNow));
        Assert.Equal(ReceivableStatus.AwaitingReceipt, contract.Milestones[0].Status);
        Assert.True(contract.Milestones[0].Settle(receiptRequired: false, Finance, Build.Signed, AppFactory.DefaultNow));
    }

    [Fact]
    public void Given_a_paid_milestone_When_its_payment_is_reversed_Then_it_is_open_again_and_the_payment_is_kept()
    {
        var contract = Build.Contract(300m, 700m);
        var payment = Build.Payment(contract, 300m);
        payment.Allocate(contract.Milestones[0], 300m, Finance, AppFactory.DefaultNow);
        contract.Milestones[0].Settle(receiptRequired: false, Finance, Build.Signed, AppFactory.DefaultNow);

        payment.Reverse("银行退票", Finance, AppFactory.DefaultNow, contract.Milestones.ToDictionary(m => m.Id));

        Assert.Equal((ReceivableStatus.Open, 0m), (contract.Milestones[0].Status, contract.Milestones[0].PaidAmount));
        Assert.Equal(PaymentStatus.Reversed, payment.Status);
        Assert.All(payment.Allocations, a => Assert.False(a.IsActive));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.001)]
    public void Given_an_amount_that_is_not_positive_fen_When_a_payment_is_made_Then_it_is_refused(decimal amount)
    {
        var contract = Build.Contract(300m);
        Assert.Equal("Payment_Error_Amount", Assert.Throws<DomainException>(() => Build.Payment(contract, amount)).Key);
    }

    [Fact]
    public void Given_references_that_differ_only_in_spaces_and_case_Then_they_are_the_same_key()
    {
        Assert.Equal(Payment.NormalizeReference("ab 123 c"), Payment.NormalizeReference(" AB123C "));
    }
}
