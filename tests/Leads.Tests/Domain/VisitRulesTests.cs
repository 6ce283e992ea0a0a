using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

/// <summary>The escalation ladder of unconfirmed visits, risk cards, the follow-up's confirmation and position.</summary>
public sealed class VisitRulesTests
{
    private static readonly Instant Logged = Instant.FromUtc(2026, 11, 23, 1, 0);
    private static readonly Duration H48 = Duration.FromHours(48);
    private static readonly Guid Supervisor = Guid.NewGuid();
    private static readonly Guid SupervisorsManager = Guid.NewGuid();
    private static readonly Guid Top = Guid.NewGuid();

    private static FollowUp Visit(Guid owner) =>
        new(Guid.NewGuid(), Guid.NewGuid(), null, owner, FollowUpObjective.EstablishContact, "上门拜访", "", null, false, Logged);

    [Theory]
    [InlineData(0, 47, false)]
    [InlineData(0, 48, true)]
    [InlineData(1, 95, false)]
    [InlineData(1, 96, true)]
    [InlineData(2, 144, true)]
    public void Given_a_level_When_hours_pass_Then_the_next_level_is_due_only_after_another_period(int level, int hours, bool due) =>
        Assert.Equal(due, ConfirmationLadder.EscalationDue(Logged, level, Logged + Duration.FromHours(hours), H48));

    [Fact]
    public void Given_the_reporting_line_When_climbing_Then_each_level_is_the_previous_one_s_manager_and_the_top_stops()
    {
        Guid[] line = [Supervisor, SupervisorsManager, Top];

        Assert.Equal(SupervisorsManager, ConfirmationLadder.NextUp(line, 0));
        Assert.Equal(Top, ConfirmationLadder.NextUp(line, 1));
        Assert.Null(ConfirmationLadder.NextUp(line, 2));
        Assert.Null(ConfirmationLadder.NextUp([Supervisor], 0));
    }

    [Fact]
    public void Given_a_visit_When_confirmed_Then_a_second_confirmation_is_a_conflict_and_the_owner_cannot_confirm()
    {
        var owner = Guid.NewGuid();
        var visit = Visit(owner);
        visit.AwaitConfirmationBy(Supervisor);

        Assert.Equal("Visit_OwnConfirm", Assert.Throws<DomainException>(() => visit.Confirm(owner, Logged)).Key);
        visit.Confirm(Supervisor, Logged);
        Assert.Throws<ConflictRefusal>(() => visit.Confirm(SupervisorsManager, Logged));
    }

    [Fact]
    public void Given_an_owner_without_a_manager_When_logging_Then_nothing_waits_for_confirmation()
    {
        var visit = Visit(Guid.NewGuid());
        visit.AwaitConfirmationBy(null);

        Assert.False(visit.AwaitsConfirmation);
        Assert.Equal("Visit_NothingToConfirm", Assert.Throws<DomainException>(() => visit.Confirm(Supervisor, Logged)).Key);
    }

    [Theory]
    [InlineData(91, 120, 10)]
    [InlineData(30, 181, 10)]
    [InlineData(30, 120, -1)]
    [InlineData(double.NaN, 120, 10)]
    public void Given_an_impossible_position_When_locating_Then_it_is_refused(double lat, double lng, double accuracy) =>
        Assert.Equal("Visit_PositionInvalid", Assert.Throws<DomainException>(() => Visit(Guid.NewGuid()).Locate(lat, lng, accuracy)).Key);

    [Fact]
    public void Given_a_risk_card_When_closed_without_a_note_Then_refused_and_with_one_closed_once()
    {
        var card = new RiskCard(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Supervisor, "竞品低价", "价格被压", Logged);
        card.Acknowledge(Supervisor, Logged, null);

        Assert.Equal("Risk_NoteRequired", Assert.Throws<DomainException>(() => card.Close(Supervisor, Logged, "  ")).Key);
        card.Close(Supervisor, Logged, "已约复谈");
        Assert.False(card.IsOpen);
        Assert.Throws<ConflictRefusal>(() => card.Close(Supervisor, Logged, "再次关闭"));
    }
}
