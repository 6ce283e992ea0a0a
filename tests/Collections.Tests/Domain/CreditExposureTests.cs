using SalesSuite.Collections.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Domain;

public sealed class CreditExposureTests
{
    private static readonly Guid Finance = Guid.NewGuid();

    private static Contract WithUnscheduledRetention()
    {
        var quote = Build.Quote(1_000m,
            new MilestoneTerms("首付款", 300m, Build.Signed, null),
            new MilestoneTerms("质保金", 700m, null, null));
        return Contract.FromAcceptedQuote("HT-2026-00009", quote, AppFactory.DefaultNow);
    }

    [Fact]
    public void Given_milestones_with_and_without_a_due_date_Then_exposure_is_scheduled_plus_unscheduled()
    {
        var exposure = CreditExposure.Of([WithUnscheduledRetention(), Build.Contract(200m, 50m)], "CNY");

        Assert.Equal((550m, 700m, 1_250m), (exposure.Scheduled, exposure.Unscheduled, exposure.Total));
    }

    [Fact]
    public void Given_a_partial_payment_Then_only_what_is_outstanding_counts()
    {
        var contract = Build.Contract(300m, 700m);
        Build.Payment(contract, 450m).AllocateOldestFirst(contract.Milestones, Finance, AppFactory.DefaultNow);

        Assert.Equal(550m, CreditExposure.Of([contract], "CNY").Total);
    }

    [Fact]
    public void Given_a_contract_in_another_currency_Then_it_does_not_count_towards_a_CNY_limit()
    {
        Assert.Equal(0m, CreditExposure.Of([Build.Contract(300m)], "USD").Total);
    }

    [Theory]
    [InlineData(1_000d, null, false, null)]
    [InlineData(1_000d, 1_000d, false, 100d)]
    [InlineData(1_000.01d, 1_000d, true, 100d)]
    [InlineData(250d, 1_000d, false, 25d)]
    [InlineData(0d, 0d, false, 0d)]
    public void Given_exposure_and_limit_Then_over_limit_and_share_used(double exposure, double? limit, bool over, double? used)
    {
        Assert.Equal(over, CreditExposure.IsOver((decimal)exposure, (decimal?)limit));
        Assert.Equal((decimal?)used, CreditExposure.UsedPercent((decimal)exposure, (decimal?)limit));
    }

    [Fact]
    public void Given_an_account_When_the_exposure_or_the_limit_changes_Then_the_over_limit_flag_follows_and_changes_are_reported()
    {
        var account = new CustomerAccount(Guid.NewGuid(), "C1", "客户", null, null);

        Assert.True(account.UpdateExposure(new CreditExposure(800m, 200m), AppFactory.DefaultNow));
        Assert.False(account.UpdateExposure(new CreditExposure(800m, 200m), AppFactory.DefaultNow));
        Assert.True(account.SetCreditLimit(900m));
        Assert.True(account.OverLimit);
        Assert.Equal(-100m, account.Available);
        Assert.False(account.SetCreditLimit(900m));
        Assert.True(account.UpdateExposure(new CreditExposure(900m, 0m), AppFactory.DefaultNow));
        Assert.False(account.OverLimit);
        Assert.Throws<DomainException>(() => account.SetCreditLimit(1.005m));
    }

    [Fact]
    public void Given_a_newer_hand_over_applied_When_an_older_one_arrives_Then_the_contract_keeps_its_newer_owner()
    {
        var contract = Build.Contract(300m, 700m);
        var (newer, older) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.True(contract.HandOverTo(newer, 5));
        Assert.False(contract.HandOverTo(older, 4));

        Assert.Equal(newer, contract.OwnerId);
        Assert.All(contract.Milestones, m => Assert.Equal(newer, m.OwnerId));
    }

    [Fact]
    public void Given_a_customer_merge_Then_the_contract_its_milestones_and_a_payment_move_to_the_survivor()
    {
        var contract = Build.Contract(300m, 700m);
        var payment = Build.Payment(contract, 100m);
        var survivor = Guid.NewGuid();

        contract.MoveToCustomer(survivor);
        payment.MoveToCustomer(survivor);

        Assert.Equal(survivor, contract.CustomerId);
        Assert.All(contract.Milestones, m => Assert.Equal(survivor, m.CustomerId));
        Assert.Equal(survivor, payment.CustomerId);
    }
}
