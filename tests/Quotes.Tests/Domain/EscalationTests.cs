using NodaTime;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Quotes.Tests.Domain;

public sealed class EscalationTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 23, 1, 0);
    private static readonly Duration SecondLevelAfter = Duration.FromHours(24);

    private static ApprovalStep ActiveStep()
    {
        var step = new ApprovalStep(Guid.NewGuid(), Guid.NewGuid(), 1, "V1", 0, StepKind.Tech, Roles.Tech, Duration.FromHours(24));
        step.Activate(Start);
        return step;
    }

    [Fact]
    public void Given_a_step_not_breached_Then_no_level_is_due()
    {
        Assert.Null(EscalationPolicy.DueLevel(ActiveStep(), Start + Duration.FromHours(30), SecondLevelAfter));
    }

    [Fact]
    public void Given_a_breached_step_Then_level_one_then_level_two_only_after_the_further_time_and_never_a_third()
    {
        var step = ActiveStep();
        var breach = Start + Duration.FromHours(25);
        step.MarkBreached(breach);
        Assert.Equal(1, EscalationPolicy.DueLevel(step, breach, SecondLevelAfter));
        step.Escalate(1);

        Assert.Null(EscalationPolicy.DueLevel(step, breach + Duration.FromHours(23), SecondLevelAfter));
        Assert.Equal(2, EscalationPolicy.DueLevel(step, breach + SecondLevelAfter, SecondLevelAfter));
        step.Escalate(2);
        Assert.Null(EscalationPolicy.DueLevel(step, breach + Duration.FromDays(30), SecondLevelAfter));
    }

    [Fact]
    public void Given_a_level_already_recorded_When_escalating_it_again_or_skipping_one_Then_it_is_refused()
    {
        var step = ActiveStep();
        step.MarkBreached(Start + Duration.FromHours(25));
        Assert.Throws<DomainException>(() => step.Escalate(2));
        step.Escalate(1);
        Assert.Throws<DomainException>(() => step.Escalate(1));
    }

    [Fact]
    public void Given_a_breached_step_that_was_decided_Then_it_no_longer_escalates()
    {
        var step = ActiveStep();
        step.MarkBreached(Start + Duration.FromHours(25));
        step.Decide(true, Guid.NewGuid(), null, false, Start + Duration.FromHours(26));
        Assert.Null(EscalationPolicy.DueLevel(step, Start + Duration.FromDays(5), SecondLevelAfter));
    }
}
