using NodaTime;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Tests.Domain;

public sealed class ProgressMathTests
{
    private static readonly GoalPeriod Q4 = GoalPeriod.Parse("2026-Q4")!.Value;

    [Theory]
    [InlineData(0, 10, (int)CompletionBand.Red)]
    [InlineData(4, 10, (int)CompletionBand.Red)]
    [InlineData(49, 100, (int)CompletionBand.Red)]
    [InlineData(5, 10, (int)CompletionBand.Amber)]
    [InlineData(79, 100, (int)CompletionBand.Amber)]
    [InlineData(8, 10, (int)CompletionBand.LightGreen)]
    [InlineData(99, 100, (int)CompletionBand.LightGreen)]
    [InlineData(10, 10, (int)CompletionBand.Green)]
    [InlineData(15, 10, (int)CompletionBand.Green)]
    [InlineData(3, 0, (int)CompletionBand.None)]
    public void Given_done_and_owed_When_banded_Then_the_thresholds_are_50_80_100(int done, int owed, int band) =>
        Assert.Equal((CompletionBand)band, ProgressMath.Band(done, owed));

    [Fact]
    public void Given_a_percent_on_the_half_When_rounded_Then_it_rounds_away_from_zero_and_none_owed_is_null()
    {
        Assert.Equal(50, ProgressMath.Percent(1, 2));
        Assert.Equal(67, ProgressMath.Percent(2, 3));
        Assert.Equal(120, ProgressMath.Percent(12, 10));
        Assert.Null(ProgressMath.Percent(5, 0));
    }

    [Theory]
    [InlineData(120, 30, (int)ActivityFlag.HighActivityLowConversion)]
    [InlineData(100, 49, (int)ActivityFlag.HighActivityLowConversion)]
    [InlineData(100, 50, (int)ActivityFlag.None)]
    [InlineData(99, 10, (int)ActivityFlag.None)]
    [InlineData(30, 90, (int)ActivityFlag.LowActivity)]
    [InlineData(49, null, (int)ActivityFlag.LowActivity)]
    [InlineData(150, null, (int)ActivityFlag.None)]
    [InlineData(null, 10, (int)ActivityFlag.None)]
    public void Given_activity_and_result_When_classified_with_the_defaults_Then_flagged(int? activity, int? result, int flag) =>
        Assert.Equal((ActivityFlag)flag, ProgressMath.Classify(activity, result, highActivityPercent: 100, lowConversionPercent: 50));

    [Fact]
    public void Given_a_quarter_target_When_pro_rated_to_a_day_Then_it_counts_the_days_elapsed_inclusive()
    {
        // 1 Oct – 23 Nov: 31 + 23 = 54 of 92 days.
        Assert.Equal(54, ProgressMath.ElapsedDays(Q4, new LocalDate(2026, 11, 23)));
        Assert.Equal(586_956.52m, ProgressMath.ProRata(1_000_000m, Q4, new LocalDate(2026, 11, 23)));
        Assert.Equal(0m, ProgressMath.ProRata(1_000_000m, Q4, new LocalDate(2026, 9, 30)));
        Assert.Equal(1_000_000m, ProgressMath.ProRata(1_000_000m, Q4, new LocalDate(2027, 1, 5)));
        Assert.Equal(10_869.57m, ProgressMath.ProRata(1_000_000m, Q4, new LocalDate(2026, 10, 1)));
    }

    [Fact]
    public void Given_a_weekly_template_When_pro_rated_over_a_week_Then_a_full_week_is_the_template()
    {
        var week = GoalPeriod.Parse("2026-W48")!.Value;

        Assert.Equal(5m, ProgressMath.WeeklyProRata(5, week, week.End));
        Assert.Equal(0.71m, ProgressMath.WeeklyProRata(5, week, week.Start));
        Assert.Equal(38.57m, ProgressMath.WeeklyProRata(5, Q4, new LocalDate(2026, 11, 23)));
    }
}
