using NodaTime;
using SalesSuite.Health.Domain;
using SalesSuite.Health.Domain.Grading;

namespace SalesSuite.Health.Tests.Domain;

public sealed class GradingModelTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);
    private static readonly HealthSettings Defaults = new();

    private static CustomerTrack NewCustomer() => new(Guid.NewGuid(), "C1", "客户", Guid.NewGuid(), null, null, Now - Duration.FromDays(400));

    [Fact]
    public void Given_a_customer_without_any_data_When_graded_Then_every_factor_is_neutral_and_the_grade_is_B()
    {
        var result = GradingModel.Grade(NewCustomer(), Defaults, Now);

        Assert.All(result.Factors, f => Assert.Equal(50m, f.Score));
        Assert.All(result.Factors, f => Assert.False(f.HasData));
        Assert.Equal((50m, "B"), (result.Score, result.Grade));
    }

    [Fact]
    public void Given_a_punctual_fast_active_top_tier_customer_without_competitors_When_graded_Then_A_plus()
    {
        var c = NewCustomer();
        c.MilestonePaid(0);
        c.MilestonePaid(0);
        c.Won(Duration.FromDays(20));
        c.Purchased(Now - Duration.FromDays(10));
        c.Profile(8, 11, [], "医院", "三甲");
        c.FollowedUp(Now - Duration.FromDays(3), competitor: false);

        var result = GradingModel.Grade(c, Defaults, Now);

        Assert.Equal(100m, result.Score);
        Assert.Equal("A+", result.Grade);
        Assert.Equal([30, 25, 25, 20], result.Factors.Select(f => f.Weight));
    }

    [Fact]
    public void Given_a_late_payer_with_competitors_in_every_follow_up_When_graded_Then_C()
    {
        var c = NewCustomer();
        c.MilestonePaid(20);
        c.MilestonePaid(0);
        c.FollowedUp(Now - Duration.FromDays(100), competitor: true);
        c.FollowedUp(Now - Duration.FromDays(95), competitor: true);

        var result = GradingModel.Grade(c, Defaults, Now);

        // payment 100*1/2 - 2*20/2 = 30; speed neutral 50; tier: activity 95 days ago → 0; competition 0.
        Assert.Equal([30m, 50m, 0m, 0m], result.Factors.Select(f => f.Score));
        Assert.Equal(Math.Round((30m * 30 + 50m * 25) / 100, 1), result.Score);
        Assert.Equal("C", result.Grade);
    }

    [Theory]
    [InlineData(85, "A+")]
    [InlineData(84.9, "A")]
    [InlineData(70, "A")]
    [InlineData(69.9, "B")]
    [InlineData(50, "B")]
    [InlineData(49.9, "C")]
    public void Given_a_score_When_cut_off_Then_the_grade_follows_the_settings(double score, string grade) =>
        Assert.Equal(grade, GradingModel.GradeOf((decimal)score, Defaults));
}
