using NodaTime;
using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Rules;

namespace SalesSuite.Health.Tests.Domain;

/// <summary>The four automatic rules as pure functions, each at its threshold and with its cool-down.</summary>
public sealed class RuleEvaluationTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly LocalDate Monday = new(2026, 11, 23);
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly HealthSettings Defaults = new();

    private static Instant At(LocalDate day, int hour) => day.At(new LocalTime(hour, 0)).InZoneLeniently(Shanghai).ToInstant();

    private static FollowUpFact FollowUp(LocalDate day, bool noObstacle = true, int hour = 10) =>
        new(Guid.NewGuid(), Person, null, Guid.NewGuid(), null, null, At(day, hour), day, Monday, "AdvanceSolution",
            new TagReading(true, noObstacle, false), false, null);

    private static List<FollowUpFact> ThreeBusinessDays() =>
        [FollowUp(Monday.PlusDays(-4)), FollowUp(Monday.PlusDays(-4), hour: 15), FollowUp(Monday.PlusDays(-3)), FollowUp(Monday, hour: 8)];

    [Fact]
    public void Given_four_no_obstacle_follow_ups_on_three_business_days_across_a_weekend_When_evaluated_Then_the_person_is_paused()
    {
        var finding = NoObstaclePauseRule.Evaluate(Person, ThreeBusinessDays(), Monday, Defaults);

        Assert.NotNull(finding);
        Assert.Equal(4, finding.Evidence.Count);
        Assert.Equal("Rule_Explain_Pause|4|3|2026-11-19|2026-11-23", finding.Explanation);
    }

    [Fact]
    public void Given_only_three_follow_ups_or_one_with_an_obstacle_or_a_day_without_When_evaluated_Then_nothing_fires()
    {
        var three = ThreeBusinessDays().Skip(1).ToList();
        Assert.Null(NoObstaclePauseRule.Evaluate(Person, three, Monday, Defaults));
        var withObstacle = ThreeBusinessDays().Append(FollowUp(Monday, noObstacle: false)).ToList();
        Assert.Null(NoObstaclePauseRule.Evaluate(Person, withObstacle, Monday, Defaults));
        List<FollowUpFact> gap = [FollowUp(Monday.PlusDays(-4)), FollowUp(Monday.PlusDays(-4)), FollowUp(Monday), FollowUp(Monday)];
        Assert.Null(NoObstaclePauseRule.Evaluate(Person, gap, Monday, Defaults));
    }

    [Fact]
    public void Given_a_previous_action_ended_after_all_the_evidence_When_evaluated_Then_the_same_evidence_does_not_fire_again()
    {
        var rows = ThreeBusinessDays();
        Assert.Null(NoObstaclePauseRule.Evaluate(Person, rows, Monday, Defaults, freshAfter: At(Monday, 9)));
        rows.Add(FollowUp(Monday, hour: 11));
        Assert.NotNull(NoObstaclePauseRule.Evaluate(Person, rows, Monday, Defaults, freshAfter: At(Monday, 9)));
    }

    [Fact]
    public void Given_customers_with_thin_profiles_When_evaluated_Then_only_those_after_three_follow_ups_below_four_fields_freeze()
    {
        var thin = Customer(filled: 3, followUps: 3);
        var fine = Customer(filled: 4, followUps: 5);
        var early = Customer(filled: 1, followUps: 2);
        var unknown = Customer(filled: 0, followUps: 5, total: 0);

        var finding = ProfileFreezeRule.Evaluate(Person, [thin, fine, early, unknown], Defaults);

        Assert.NotNull(finding);
        Assert.Equal(thin.CustomerId, Assert.Single(finding.Evidence).Id);
        Assert.Null(ProfileFreezeRule.Evaluate(Person, [fine, early, unknown], Defaults));
    }

    [Fact]
    public void Given_one_of_seven_leads_waiting_When_evaluated_Then_14_percent_is_not_above_15_and_two_of_seven_is()
    {
        var now = At(Monday, 9);
        var leads = Enumerable.Range(0, 6).Select(_ => Lead(now - Duration.FromHours(10))).ToList();
        leads.Add(Lead(now - Duration.FromHours(49)));
        Assert.Null(WaitingReviewRule.Evaluate(Person, leads, now, Defaults));
        leads[0] = Lead(now - Duration.FromHours(60));
        var finding = WaitingReviewRule.Evaluate(Person, leads, now, Defaults);
        Assert.NotNull(finding);
        Assert.Equal("Rule_Explain_Review|2|7|29|48|15", finding.Explanation);
    }

    [Fact]
    public void Given_corrections_When_more_than_three_on_one_day_Then_trace_mode_and_three_do_not()
    {
        var now = At(Monday, 9);
        var three = Enumerable.Range(0, 3).Select(_ => Correction(Monday, now)).ToList();
        Assert.Null(CorrectionTraceRule.Evaluate(Person, three, [Monday], Defaults));
        three.Add(Correction(Monday, now));
        var finding = CorrectionTraceRule.Evaluate(Person, three, [Monday], Defaults);
        Assert.Equal("Rule_Explain_Trace|4|2026-11-23|3", finding!.Explanation);
        Assert.Null(CorrectionTraceRule.Evaluate(Person, three, [Monday], Defaults, freshAfter: now));
    }

    private static CustomerTrack Customer(int filled, int followUps, int total = 11)
    {
        var c = new CustomerTrack(Guid.NewGuid(), "C1", "客户", Person, null, null, At(Monday, 1));
        c.Profile(filled, total, [], null, null);
        for (var i = 0; i < followUps; i++)
        {
            c.FollowedUp(At(Monday.PlusDays(-i), 10), false);
        }
        return c;
    }

    private static LeadTrack Lead(Instant assigned)
    {
        var lead = new LeadTrack(Guid.NewGuid(), assigned, "官网表单");
        lead.AssignTo(Person, null, assigned);
        return lead;
    }

    private static Correction Correction(LocalDate day, Instant at) =>
        new(Guid.NewGuid(), Person, null, at, day, Monday, new RecordRef("FollowUp", Guid.NewGuid(), "FollowUp"));
}
