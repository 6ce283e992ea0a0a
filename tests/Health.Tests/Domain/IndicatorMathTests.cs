using NodaTime;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Tests.Domain;

public sealed class IndicatorMathTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 2, 1, 0);
    private static Instant H(double hours) => T0 + Duration.FromMilliseconds((long)(hours * 3_600_000));

    [Theory]
    [InlineData(null, 49, true)]     // no deal, 49 h after assignment: waiting
    [InlineData(null, 47, null)]     // no deal yet, within 48 h: not judged yet
    [InlineData(10.0, 49, false)]    // deal opened after 10 h
    [InlineData(48.0, 100, false)]   // exactly 48 h is in time
    [InlineData(50.0, 100, true)]    // deal opened after 50 h: it waited
    public void Given_a_lead_When_judging_need_waiting_Then_it_waited_only_beyond_48_hours(double? confirmedAfter, double nowAfter, bool? expected) =>
        Assert.Equal(expected, IndicatorMath.NeedWaited(T0, confirmedAfter is { } c ? H(c) : null, null, H(nowAfter)));

    [Fact]
    public void Given_a_lead_released_untouched_When_judging_need_and_touch_Then_it_is_left_out()
    {
        Assert.Null(IndicatorMath.NeedWaited(T0, null, H(30), H(100)));
        Assert.Null(IndicatorMath.TouchedInTime(T0, null, H(30), H(100)));
    }

    [Theory]
    [InlineData(1.5, 10, true)]
    [InlineData(2.0, 10, true)]
    [InlineData(2.5, 10, false)]
    [InlineData(null, 3, false)]
    [InlineData(null, 1, null)]
    public void Given_a_lead_When_judging_first_touch_Then_within_2_hours_is_good(double? touchedAfter, double nowAfter, bool? expected) =>
        Assert.Equal(expected, IndicatorMath.TouchedInTime(T0, touchedAfter is { } t ? H(t) : null, null, H(nowAfter)));

    [Theory]
    [InlineData(47.0, 100, true)]
    [InlineData(49.0, 100, false)]
    [InlineData(null, 49, false)]
    [InlineData(null, 20, null)]
    public void Given_an_approved_quote_When_judging_feedback_Then_an_answer_within_48_hours_is_good(double? answeredAfter, double nowAfter,
        bool? expected) =>
        Assert.Equal(expected, IndicatorMath.AnsweredInTime(T0, answeredAfter is { } a ? H(a) : null, H(nowAfter)));

    [Theory]
    [InlineData(24.0, 500, true)]
    [InlineData(169.0, 500, false)]
    [InlineData(null, 169, false)]
    [InlineData(null, 100, null)]
    public void Given_a_hand_over_When_judging_completeness_Then_a_follow_up_within_7_days_is_good(double? followedAfter, double nowAfter,
        bool? expected) =>
        Assert.Equal(expected, IndicatorMath.HandOverFollowedUp(T0, followedAfter is { } f ? H(f) : null, H(nowAfter)));

    [Fact]
    public void Given_counts_When_computing_each_unit_Then_shares_averages_and_per_week_rates_come_out()
    {
        Assert.Equal(25, IndicatorMath.Value(Indicator.Get(Indicator.NeedWaiting), 1, 4));
        Assert.Equal(90, IndicatorMath.Value(Indicator.Get(Indicator.FirstTouch), 9, 10));
        Assert.Equal(80, IndicatorMath.Value(Indicator.Get(Indicator.ObstacleTagging), 8, 10));
        Assert.Equal(1.5, IndicatorMath.Value(Indicator.Get(Indicator.Collaboration), 12, 8));   // 12 tasks, 2 people × 4 weeks
        Assert.Equal(6.5, IndicatorMath.Value(Indicator.Get(Indicator.ProfileCompleteness), 13, 2));
        Assert.Equal(5, IndicatorMath.Value(Indicator.Get(Indicator.CorrectionRate), 1, 20));  // 1 correction per 20 follow-ups
        Assert.Equal(75, IndicatorMath.Value(Indicator.Get(Indicator.QuoteFeedback), 3, 4));
        Assert.Equal(3.5, IndicatorMath.Value(Indicator.Get(Indicator.CrossDeptResponse), 7, 2));
        Assert.Equal(100, IndicatorMath.Value(Indicator.Get(Indicator.HandOverCompleteness), 2, 2));
        Assert.All(Indicator.All, i => Assert.Null(IndicatorMath.Value(i, 0, 0)));
        Assert.Equal(0.5, IndicatorMath.PerWeek(4, 2, 4));
        Assert.Null(IndicatorMath.PerWeek(4, 0, 4));
    }

    /// <summary>Every indicator at its defaults, on both sides of both thresholds (the seeds' numbers).</summary>
    [Theory]
    [InlineData(Indicator.NeedWaiting, 10, "Green")]
    [InlineData(Indicator.NeedWaiting, 10.1, "Amber")]
    [InlineData(Indicator.NeedWaiting, 15, "Amber")]
    [InlineData(Indicator.NeedWaiting, 15.1, "Red")]
    [InlineData(Indicator.FirstTouch, 90, "Green")]
    [InlineData(Indicator.FirstTouch, 89.9, "Amber")]
    [InlineData(Indicator.FirstTouch, 80, "Amber")]
    [InlineData(Indicator.FirstTouch, 79.9, "Red")]
    [InlineData(Indicator.ObstacleTagging, 85, "Green")]
    [InlineData(Indicator.ObstacleTagging, 75, "Amber")]
    [InlineData(Indicator.ObstacleTagging, 74.9, "Red")]
    [InlineData(Indicator.Collaboration, 2, "Green")]
    [InlineData(Indicator.Collaboration, 1.5, "Amber")]
    [InlineData(Indicator.Collaboration, 0.9, "Red")]
    [InlineData(Indicator.ProfileCompleteness, 7, "Green")]
    [InlineData(Indicator.ProfileCompleteness, 6, "Amber")]
    [InlineData(Indicator.ProfileCompleteness, 4.9, "Red")]
    [InlineData(Indicator.CorrectionRate, 5, "Green")]
    [InlineData(Indicator.CorrectionRate, 10, "Amber")]
    [InlineData(Indicator.CorrectionRate, 10.5, "Red")]
    [InlineData(Indicator.QuoteFeedback, 75, "Green")]
    [InlineData(Indicator.QuoteFeedback, 60, "Amber")]
    [InlineData(Indicator.QuoteFeedback, 59, "Red")]
    [InlineData(Indicator.CrossDeptResponse, 4, "Green")]
    [InlineData(Indicator.CrossDeptResponse, 8, "Amber")]
    [InlineData(Indicator.CrossDeptResponse, 8.5, "Red")]
    [InlineData(Indicator.HandOverCompleteness, 95, "Green")]
    [InlineData(Indicator.HandOverCompleteness, 85, "Amber")]
    [InlineData(Indicator.HandOverCompleteness, 84, "Red")]
    public void Given_an_indicator_at_its_default_thresholds_When_judging_a_value_Then_the_boundaries_hold(string code, double value, string expected)
    {
        Assert.Equal(Enum.Parse<Rag>(expected), Indicator.Get(code).Judge(value));
        Assert.Equal(Rag.None, Indicator.Get(code).Judge(null));
    }

    [Fact]
    public void Given_a_director_s_threshold_When_judging_Then_it_replaces_the_default()
    {
        var threshold = new IndicatorThreshold(Indicator.FirstTouch, 95, 85);
        Assert.Equal(Rag.Amber, threshold.Judge(90));
        Assert.Equal(Rag.Red, threshold.Judge(84));
        Assert.Equal(Rag.Green, threshold.Judge(95));
    }

    [Theory]
    [InlineData(Indicator.FirstTouch, 70, 80, "Threshold_GreenBelowRed")]
    [InlineData(Indicator.CrossDeptResponse, 9, 8, "Threshold_GreenAboveRed")]
    [InlineData(Indicator.QuoteFeedback, 101, 60, "Threshold_OutOfRange")]
    [InlineData(Indicator.NeedWaiting, -1, 15, "Threshold_OutOfRange")]
    public void Given_inconsistent_thresholds_When_changing_Then_they_are_refused(string code, double green, double red, string key)
    {
        var refusal = Assert.ThrowsAny<SalesSuite.SharedKernel.Domain.DomainException>(() => new IndicatorThreshold(code, green, red));
        Assert.Equal(key, refusal.Key);
    }
}
