using NodaTime;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class NextActionTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Fact]
    public void Given_an_action_due_today_When_the_day_ends_Then_it_becomes_overdue()
    {
        var action = new NextAction(Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), "寄样", new LocalDate(2026, 11, 23));
        Assert.False(action.BecameOverdue(Instant.FromUtc(2026, 11, 23, 15, 59), Shanghai));
        Assert.True(action.BecameOverdue(Instant.FromUtc(2026, 11, 23, 16, 0), Shanghai));
    }

    [Fact]
    public void Given_an_overdue_action_When_48_hours_pass_twice_Then_it_escalates_twice_and_stops()
    {
        var action = new NextAction(Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), "寄样", new LocalDate(2026, 11, 23));
        var overdue = Instant.FromUtc(2026, 11, 23, 16, 0);
        action.MarkOverdue(overdue);
        var after = Duration.FromHours(48);
        Assert.False(action.EscalationDue(overdue + Duration.FromHours(47), after));
        Assert.True(action.EscalationDue(overdue + after, after));
        action.Escalate(overdue + after);
        Assert.False(action.EscalationDue(overdue + Duration.FromHours(95), after));
        action.Escalate(overdue + Duration.FromHours(96));
        Assert.False(action.EscalationDue(overdue + Duration.FromHours(500), after));
    }

    [Fact]
    public void Given_an_action_due_today_When_the_day_starts_Then_one_reminder_is_due()
    {
        var action = new NextAction(Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), "寄样", new LocalDate(2026, 11, 23));
        Assert.False(action.ReminderDue(Instant.FromUtc(2026, 11, 22, 15, 59), Shanghai));
        Assert.True(action.ReminderDue(Instant.FromUtc(2026, 11, 22, 16, 0), Shanghai));
        action.MarkReminded(Instant.FromUtc(2026, 11, 22, 16, 0));
        Assert.False(action.ReminderDue(Instant.FromUtc(2026, 11, 23, 1, 0), Shanghai));
    }
}
