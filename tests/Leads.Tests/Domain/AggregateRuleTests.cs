using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

/// <summary>Rules moved into the customer, next action, hand-over and follow-up aggregates refuse with their keys.</summary>
public sealed class AggregateRuleTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);

    private static Customer NewCustomer(string code) =>
        new(Guid.NewGuid(), code, new LeadDetails("梁晨", "广州珠江食品有限公司", "13622223333", "展会扫码", "食品饮料", null, null, null),
            Guid.NewGuid(), Now);

    [Fact]
    public void Given_two_customers_When_merging_Then_the_duplicate_points_at_the_survivor_and_cannot_be_merged_again()
    {
        var survivor = NewCustomer("C0001WEB");
        var duplicate = NewCustomer("C0002WEB");
        duplicate.MergeInto(survivor);
        Assert.Equal(survivor.Id, duplicate.MergedIntoId);
        var again = Assert.Throws<DomainException>(() => duplicate.MergeInto(NewCustomer("C0003WEB")));
        Assert.Equal(("Merge_NotPossible", "C0002WEB"), (again.Key, again.Arguments[0]));
    }

    [Fact]
    public void Given_a_customer_When_merging_it_into_itself_or_into_a_merged_one_Then_it_is_refused()
    {
        var customer = NewCustomer("C0001WEB");
        Assert.Equal("Merge_NotPossible", Assert.Throws<DomainException>(() => customer.MergeInto(customer)).Key);
        var merged = NewCustomer("C0002WEB");
        merged.MergeInto(NewCustomer("C0003WEB"));
        Assert.Equal("Merge_NotPossible", Assert.Throws<DomainException>(() => customer.MergeInto(merged)).Key);
        Assert.Null(customer.MergedIntoId);
    }

    [Fact]
    public void Given_a_done_action_When_completing_again_Then_it_is_refused_and_keeps_its_time()
    {
        var action = new NextAction(Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), "寄样", new LocalDate(2026, 11, 23));
        action.Complete(Now);
        Assert.Equal("Action_AlreadyDone", Assert.Throws<DomainException>(() => action.Complete(Now + Duration.FromHours(1))).Key);
        Assert.Equal(Now, action.DoneAt);
    }

    [Fact]
    public void Given_the_same_person_on_both_sides_When_handing_over_Then_it_is_refused()
    {
        var user = Guid.NewGuid();
        var refusal = Assert.Throws<DomainException>(() => new HandOverReport(Guid.NewGuid(), user, user, null, Now, 1, 1, 1, 1));
        Assert.Equal("HandOver_Invalid", refusal.Key);
    }

    [Fact]
    public void Given_a_summary_over_300_characters_When_logging_a_follow_up_Then_it_is_refused_with_the_limit()
    {
        var refusal = Assert.Throws<DomainException>(() => new FollowUp(
            Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), FollowUpObjective.AdvanceSolution, new string('字', FollowUp.MaxSummary + 1),
            "", null, false, Now));
        Assert.Equal(("FollowUp_SummaryTooLong", (object)FollowUp.MaxSummary), (refusal.Key, refusal.Arguments[0]));
    }
}
