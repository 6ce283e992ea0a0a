using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Process;

namespace SalesSuite.Health.Tests.Domain;

public sealed class PercentileTests
{
    [Fact]
    public void Given_no_values_Then_there_is_no_percentile() => Assert.Null(Percentile.Of([], 0.8));

    [Fact]
    public void Given_one_value_Then_every_percentile_is_that_value() => Assert.Equal(7, Percentile.Of([7], 0.8));

    [Theory]
    [InlineData(0.5, 2.5)]   // between 2 and 3
    [InlineData(0.8, 3.4)]   // position 0.8 × 3 = 2.4: 3 + 0.4 × (4 − 3)
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    public void Given_unsorted_values_When_a_percentile_is_asked_Then_it_interpolates_linearly_between_ranks(double p, double expected) =>
        Assert.Equal(expected, Percentile.Of([4, 1, 3, 2], p)!.Value, 9);

    [Fact]
    public void Given_an_odd_count_Then_the_median_is_the_middle_value() => Assert.Equal(5, Percentile.Median([9, 1, 5]));

    [Fact]
    public void Given_a_p_outside_0_to_1_Then_it_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.Of([1], 1.5));

    [Fact]
    public void Given_stays_and_skips_When_dwell_stats_are_computed_Then_skips_count_only_in_the_skip_rate()
    {
        var stats = DwellStats.Of([(24, false), (48, false), (96, false), (0, true)]);

        Assert.Equal((3, 1, 4), (stats.Stays, stats.Skipped, stats.Count));
        Assert.Equal(25, stats.SkipRate);
        Assert.Equal(7 / 3.0, stats.AverageDays!.Value, 9);
        Assert.Equal(2, stats.MedianDays);
        Assert.Equal(3.2, stats.P80Days!.Value, 9); // position 1.6 between 2 and 4 days
    }

    [Theory]
    [InlineData(7.9, "Green")]
    [InlineData(8, "Amber")]
    [InlineData(12, "Red")]
    public void Given_a_stage_with_amber_8_and_red_12_days_Then_the_median_is_coloured_by_them(double days, string expected)
    {
        var stage = new PipelineStage(Guid.NewGuid(), "默认流程", "商务谈判", 3, 8, 12, false);
        Assert.Equal(Enum.Parse<Rag>(expected), DwellStats.Of([(days * 24, false)]).Colour(stage));
    }

    [Fact]
    public void Given_only_skips_Then_the_stats_have_no_days_and_no_colour()
    {
        var stats = DwellStats.Of([(0, true)]);
        Assert.Null(stats.MedianDays);
        Assert.Equal(Rag.None, stats.Colour(new PipelineStage(Guid.NewGuid(), "p", "s", 1, 1, 2, false)));
    }
}
