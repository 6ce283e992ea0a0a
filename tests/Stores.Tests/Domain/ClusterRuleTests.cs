using NodaTime;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Tests.Domain;

public sealed class ClusterRuleTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Theory]
    [InlineData(14, 15, false)]
    [InlineData(15, 15, true)]
    [InlineData(16, 15, true)]
    [InlineData(0, 1, false)]
    [InlineData(1, 1, true)]
    public void Given_a_weekly_count_When_compared_with_the_threshold_Then_it_passes_from_the_threshold_on(int count, int threshold, bool passes) =>
        Assert.Equal(passes, ClusterRule.Passes(count, threshold));

    [Fact]
    public void Given_a_category_threshold_Then_it_wins_over_the_setting_and_without_one_the_setting_applies()
    {
        Assert.Equal(5, ClusterRule.Threshold(5, 15));
        Assert.Equal(15, ClusterRule.Threshold(null, 15));
    }

    [Fact]
    public void Given_Sunday_23_59_and_Monday_00_00_in_Shanghai_Then_they_fall_in_different_weeks()
    {
        // 2026-11-29 is a Sunday; in UTC the Shanghai midnight is still Sunday 16:00.
        var sundayLate = new LocalDateTime(2026, 11, 29, 23, 59).InZoneStrictly(Shanghai).ToInstant();
        var mondayMidnight = new LocalDateTime(2026, 11, 30, 0, 0).InZoneStrictly(Shanghai).ToInstant();

        Assert.Equal(new LocalDate(2026, 11, 23), ClusterRule.WeekStart(sundayLate, Shanghai));
        Assert.Equal(new LocalDate(2026, 11, 30), ClusterRule.WeekStart(mondayMidnight, Shanghai));
        Assert.Equal(IsoDayOfWeek.Sunday, mondayMidnight.InUtc().DayOfWeek);
    }

    [Theory]
    [InlineData(2026, 11, 23, 2026, 11, 23)]
    [InlineData(2026, 11, 29, 2026, 11, 23)]
    [InlineData(2026, 11, 30, 2026, 11, 30)]
    [InlineData(2027, 1, 1, 2026, 12, 28)]
    public void Given_a_business_day_Then_its_week_starts_on_the_Monday_before_or_on_it(int y, int m, int d, int wy, int wm, int wd)
    {
        var start = ClusterRule.WeekStart(new LocalDate(y, m, d));
        Assert.Equal(new LocalDate(wy, wm, wd), start);
        Assert.Equal(start.PlusDays(6), ClusterRule.WeekEnd(start));
        Assert.Equal(IsoDayOfWeek.Sunday, ClusterRule.WeekEnd(start).DayOfWeek);
    }
}
