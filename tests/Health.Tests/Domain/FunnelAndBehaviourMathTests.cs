using NodaTime;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Tests.Domain;

public sealed class FunnelAndBehaviourMathTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 2, 1, 0);
    private static Instant H(double hours) => T0 + Duration.FromHours(hours);

    [Fact]
    public void Given_lead_paths_When_counting_the_funnel_Then_counts_conversion_and_median_times_come_out()
    {
        FunnelPath[] paths =
        [
            new(T0, H(1), H(10), H(100), H(200), H(300)),
            new(T0, H(3), H(20), H(120), null, null),
            new(T0, H(5), null, null, null, null),
            new(T0, null, null, null, null, null),
        ];

        var steps = FunnelMath.Count(paths);

        Assert.Equal([4, 3, 2, 2, 1, 1], steps.Select(s => s.Count));
        Assert.Null(steps[0].Conversion);
        Assert.Equal(75, steps[1].Conversion);
        Assert.Equal(2 / 3.0 * 100, steps[2].Conversion!.Value, 6);
        Assert.Equal(3, steps[1].MedianHours);           // 1, 3, 5 h
        Assert.Equal(13, steps[2].MedianHours);          // 9 and 17 h
        Assert.Equal(100, steps[5].MedianHours);
    }

    [Fact]
    public void Given_a_deal_opened_without_a_logged_touch_When_counting_Then_the_lead_still_responded()
    {
        var path = new FunnelPath(T0, null, H(5), null, null, null);

        Assert.True(path.Reached(FunnelStep.Responded));
        Assert.True(path.Reached(FunnelStep.NeedClarified));
        Assert.False(path.Reached(FunnelStep.ProposalAccepted));
        Assert.Null(path.HoursFromPrevious(FunnelStep.NeedClarified));
    }

    [Fact]
    public void Given_no_paths_When_counting_Then_every_step_is_zero_without_times() =>
        Assert.All(FunnelMath.Count([]), s => Assert.Equal((0, null), (s.Count, s.MedianHours)));

    [Theory]
    [InlineData(13.1, 10, "Red")]
    [InlineData(13, 10, "Amber")]
    [InlineData(11.1, 10, "Amber")]
    [InlineData(11, 10, "Green")]
    [InlineData(5, 10, "Green")]
    public void Given_a_person_s_and_the_team_s_average_When_judging_behaviour_Then_red_above_1_3_and_amber_above_1_1(
        double person, double team, string expected) =>
        Assert.Equal(Enum.Parse<Rag>(expected), BehaviourMath.Judge(BehaviourMath.Ratio(person, team)));

    [Fact]
    public void Given_no_team_average_When_judging_behaviour_Then_there_is_no_colour()
    {
        Assert.Equal(Rag.None, BehaviourMath.Judge(BehaviourMath.Ratio(5, null)));
        Assert.Equal(Rag.None, BehaviourMath.Judge(BehaviourMath.Ratio(null, 4)));
        Assert.Equal(Rag.None, BehaviourMath.Judge(BehaviourMath.Ratio(5, 0)));
    }
}
