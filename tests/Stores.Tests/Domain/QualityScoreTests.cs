using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Tests.Domain;

public sealed class QualityScoreTests
{
    [Fact]
    public void Given_no_feedback_Then_valid_duplicates_and_quality_are_zero_and_the_rate_is_not_a_division_by_zero()
    {
        var score = QualityScore.Of([]);
        Assert.Equal(0m, score.Valid);
        Assert.Equal(0m, score.DuplicateRate);
        Assert.Equal(0m, score.Quality);
        Assert.Equal(0m, QualityScore.Normalised(score.Quality, 0m));
    }

    [Fact]
    public void Given_text_lines_option_only_lines_and_a_duplicate_Then_quality_is_valid_times_one_minus_the_duplicate_rate()
    {
        var score = QualityScore.Of(
        [
            ("便当不好加热", false), ("咖啡机坏了吗", false), ("有没有热水？", true), (null, false), ("太贵", false),
        ]);

        // 3 texts of ≥ 4 characters (1 each) + option only + a 2-character text (0.5 each) = 4; one duplicate of weight 1.
        Assert.Equal(4m, score.Valid);
        Assert.Equal(1m, score.Duplicates);
        Assert.Equal(0.25m, score.DuplicateRate);
        Assert.Equal(3m, score.Quality);
    }

    [Theory]
    [InlineData(20, 31, 64.5)]
    [InlineData(31, 31, 100)]
    [InlineData(0, 0, 0)]
    [InlineData(5, 0, 0)]
    public void Given_days_reported_and_days_so_far_Then_compliance_is_their_share_in_percent(int reported, int soFar, double expected) =>
        Assert.Equal((decimal)expected, QualityScore.Compliance(reported, soFar));

    [Fact]
    public void Given_compliance_and_quality_against_the_best_store_Then_the_manager_score_weighs_quality_20_percent()
    {
        var normalised = QualityScore.Normalised(3m, 12m);
        Assert.Equal(25m, normalised);
        // 80 % × 90 + 20 % × 25 = 72 + 5
        Assert.Equal(77m, QualityScore.ManagerScore(90m, normalised, 20));
        Assert.Equal(90m, QualityScore.ManagerScore(90m, normalised, 0));
        Assert.Equal(25m, QualityScore.ManagerScore(90m, normalised, 100));
        Assert.Equal(100m, QualityScore.Normalised(12m, 12m));
    }
}
