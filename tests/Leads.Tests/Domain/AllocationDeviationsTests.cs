using NodaTime;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class AllocationDeviationsTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Instant Day1 = Instant.FromUtc(2026, 11, 20, 2, 0);

    private static (Guid, bool, bool, Instant) Entry(int day, bool matched = false, bool byRule = true) =>
        (A, byRule, matched, Day1 + Duration.FromDays(day));

    [Fact]
    public void Given_non_target_leads_three_days_running_When_checking_Then_the_person_is_flagged()
    {
        var streaks = AllocationDeviations.NonTargetStreaks([Entry(0), Entry(1), Entry(2)], Shanghai, 3);
        Assert.Equal(3, Assert.Single(streaks).Days);
    }

    [Fact]
    public void Given_a_gap_day_When_checking_Then_no_streak()
    {
        Assert.Empty(AllocationDeviations.NonTargetStreaks([Entry(0), Entry(1), Entry(3)], Shanghai, 3));
    }

    [Fact]
    public void Given_matched_or_manual_allocations_When_checking_Then_they_do_not_count()
    {
        Assert.Empty(AllocationDeviations.NonTargetStreaks([Entry(0), Entry(1, matched: true), Entry(2, byRule: false)], Shanghai, 3));
    }
}
