using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

/// <summary>The win-rate route for technical leads and the configurable deviation rule with its daily TOP 3.</summary>
public sealed class TechnicalRouteTests
{
    private static readonly TechnicalRoute Default = new RouteSettings().Route;
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Instant Day1 = Instant.FromUtc(2026, 11, 20, 2, 0);

    private static AssignmentCandidate Person(int won, int lost, bool paused = false) =>
        new(Guid.NewGuid(), 0m, won, lost, 0, paused);

    [Fact]
    public void Given_the_defaults_Then_technical_leads_need_a_win_rate_above_85_percent_over_30_days() =>
        Assert.Equal((true, 85, 30, true, false), (Default.On, Default.MinWinRatePercent, Default.Days,
            Default.Applies(["官网表单", "PLC编程"]), Default.Applies(["官网表单", "仅比价"])));

    [Theory]
    [InlineData(6, 1, true)]   // 85.7 %
    [InlineData(17, 3, false)] // exactly 85 %: not above
    [InlineData(0, 0, false)]  // nothing closed: no win rate
    public void Given_a_win_rate_When_checking_Then_only_strictly_above_the_threshold_qualifies(int won, int lost, bool qualifies) =>
        Assert.Equal(qualifies, Default.Qualifies(won, lost));

    [Fact]
    public void Given_people_above_and_below_When_filtering_Then_only_those_above_remain_and_paused_ones_never()
    {
        var above = Person(9, 1);
        var pausedAbove = Person(10, 0, paused: true);
        var below = Person(5, 5);

        Assert.Equal([above], Default.Filter([above, pausedAbove, below]));
    }

    [Fact]
    public void Given_nobody_above_the_threshold_When_filtering_Then_everyone_stays_so_the_lead_is_still_assigned()
    {
        List<AssignmentCandidate> all = [Person(1, 1), Person(0, 3)];

        Assert.Equal(all, Default.Filter(all));
    }

    [Fact]
    public void Given_out_of_range_settings_When_changing_Then_nothing_changes()
    {
        var settings = new RouteSettings();

        Assert.Throws<DomainException>(() => settings.Change(Default with { MinWinRatePercent = 101 }, DeviationRule.Default));
        Assert.Throws<DomainException>(() => settings.Change(Default with { Tags = [] }, DeviationRule.Default));
        Assert.Throws<DomainException>(() => settings.Change(Default, DeviationRule.Default with { Days = 0 }));
        Assert.Equal((85, 3), (settings.MinWinRatePercent, settings.DeviationDays));
        settings.Change(Default with { MinWinRatePercent = 80 }, new DeviationRule(2, 2, true));
        Assert.Equal((80, 2, 2, true),
            (settings.MinWinRatePercent, settings.DeviationDays, settings.DeviationPerDay, settings.DeviationCountsManual));
    }

    private static (Guid, bool, bool, Instant) Entry(Guid who, int day, bool byRule = true, int hour = 0) =>
        (who, byRule, false, Day1 + Duration.FromDays(day) + Duration.FromHours(hour));

    [Fact]
    public void Given_two_days_rule_with_two_leads_a_day_When_checking_Then_days_with_one_lead_do_not_count()
    {
        var a = Guid.NewGuid();
        var rule = new DeviationRule(2, 2, false);
        (Guid, bool, bool, Instant)[] twoEach = [Entry(a, 0), Entry(a, 0, hour: 1), Entry(a, 1), Entry(a, 1, hour: 1)];
        (Guid, bool, bool, Instant)[] oneOnDay2 = [Entry(a, 0), Entry(a, 0, hour: 1), Entry(a, 1)];

        Assert.Equal(2, Assert.Single(AllocationDeviations.NonTargetStreaks(twoEach, Shanghai, rule)).Days);
        Assert.Empty(AllocationDeviations.NonTargetStreaks(oneOnDay2, Shanghai, rule));
    }

    [Fact]
    public void Given_manual_reassignments_When_they_count_Then_they_make_a_streak_only_with_that_option()
    {
        var a = Guid.NewGuid();
        (Guid, bool, bool, Instant)[] manual = [Entry(a, 0, byRule: false), Entry(a, 1, byRule: false), Entry(a, 2, byRule: false)];

        Assert.Empty(AllocationDeviations.NonTargetStreaks(manual, Shanghai, DeviationRule.Default));
        Assert.Single(AllocationDeviations.NonTargetStreaks(manual, Shanghai, DeviationRule.Default with { CountsManual = true }));
    }

    [Fact]
    public void Given_four_people_with_streaks_When_taking_the_day_s_top_Then_three_longest_runs_reaching_that_day_are_listed()
    {
        Guid[] p = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        var entries = new List<(Guid, bool, bool, Instant)>();
        entries.AddRange(Enumerable.Range(0, 5).Select(d => Entry(p[0], d)));           // 5 days up to day 4
        entries.AddRange(Enumerable.Range(1, 4).Select(d => Entry(p[1], d)));           // 4 days
        entries.AddRange(Enumerable.Range(2, 3).Select(d => Entry(p[2], d)));           // 3 days
        entries.AddRange(Enumerable.Range(2, 3).Select(d => Entry(p[3], d)).Append(Entry(p[3], 4, hour: 1))); // 3 days, 2 that day
        entries.AddRange(Enumerable.Range(0, 4).Select(d => Entry(p[4], d)));           // ended on day 3: not today's
        var day4 = (Day1 + Duration.FromDays(4)).InZone(Shanghai).Date;

        var top = AllocationDeviations.TopOfDay(entries, Shanghai, DeviationRule.Default, day4);

        Assert.Equal([(p[0], 5, 1), (p[1], 4, 1), (p[3], 3, 2)], top);
    }
}
