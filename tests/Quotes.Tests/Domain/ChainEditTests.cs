using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class ChainEditTests
{
    private static ApprovalChain Default() => new([.. DefaultChain.Create()]);

    private static List<StepKind> Kinds(ApprovalChain chain) => chain.Steps.Select(s => s.Kind).ToList();

    [Fact]
    public void Given_the_default_chain_When_adding_a_step_Then_it_is_a_review_for_that_role_at_the_end()
    {
        var chain = Default();
        var added = chain.Add(Guid.NewGuid(), Roles.Legal, 8, null);
        Assert.Equal(StepKind.Review, added.Kind);
        Assert.Equal(Roles.Legal, added.Role);
        Assert.Same(added, chain.Steps[^1]);
        Assert.Equal(8, added.SlaHours);
    }

    [Fact]
    public void Given_a_role_that_cannot_decide_a_step_When_adding_Then_it_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Default().Add(Guid.NewGuid(), Roles.Salesperson, 8, null));
        Assert.Equal("Appr_Error_Role", error.Key);
    }

    [Fact]
    public void Given_a_step_When_moving_it_up_Then_it_swaps_with_the_previous_one_and_orders_are_renumbered()
    {
        var chain = Default();
        var legal = chain.Steps.Single(s => s.Kind == StepKind.Legal);
        chain.Move(legal.Id, up: true);
        Assert.Equal([StepKind.Tech, StepKind.Legal, StepKind.Finance, StepKind.MarginReview, StepKind.GeneralManager], Kinds(chain));
        Assert.Equal([10, 20, 30, 40, 50], chain.Steps.Select(s => s.Order));
        chain.Move(chain.Steps[0].Id, up: true);
        Assert.Equal(StepKind.Tech, chain.Steps[0].Kind);
    }

    [Fact]
    public void Given_the_chain_When_removing_a_step_Then_it_is_gone_but_the_finance_step_and_the_last_step_stay()
    {
        var chain = Default();
        chain.Remove(chain.Steps.Single(s => s.Kind == StepKind.Tech).Id);
        Assert.DoesNotContain(StepKind.Tech, Kinds(chain));
        Assert.Equal("Appr_Error_FinanceRequired",
            Assert.Throws<DomainException>(() => chain.Remove(chain.Steps.Single(s => s.Kind == StepKind.Finance).Id)).Key);

        var single = new ApprovalChain([new ChainStepRule(Guid.NewGuid(), 10, StepKind.Legal, Roles.Legal, 24)]);
        Assert.Equal("Appr_Error_LastStep", Assert.Throws<DomainException>(() => single.Remove(single.Steps[0].Id)).Key);
    }

    [Fact]
    public void Given_a_form_stamp_When_the_chain_changed_since_Then_the_edit_is_stale()
    {
        var chain = Default();
        var shown = chain.Stamp;
        chain.ThrowIfStale(shown);
        chain.Move(chain.Steps[1].Id, up: false);
        Assert.Throws<StaleEditException>(() => chain.ThrowIfStale(shown));
    }
}
