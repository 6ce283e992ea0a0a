using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class AssignmentScoringTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    [Fact]
    public void Given_default_weights_When_scoring_Then_points_are_weight_times_value()
    {
        var scored = AssignmentScoring.Score(ScoringWeights.Default, new AssignmentCandidate(A, 0.5m, 3, 1, 2, false), maxLoad: 4);
        Assert.Equal(20m, scored.Breakdown.Single(b => b.Factor == AssignmentScoring.Industry).Points);
        Assert.Equal(22.5m, scored.Breakdown.Single(b => b.Factor == AssignmentScoring.WinRate).Points);
        Assert.Equal(15m, scored.Breakdown.Single(b => b.Factor == AssignmentScoring.Load).Points);
        Assert.Equal(57.5m, scored.Total);
    }

    [Fact]
    public void Given_an_industry_specialist_and_a_generalist_When_ranking_Then_the_specialist_wins()
    {
        var ranked = AssignmentScoring.Rank(ScoringWeights.Default,
        [
            new AssignmentCandidate(A, 0m, 1, 1, 1, false),
            new AssignmentCandidate(B, 1m, 1, 1, 1, false),
        ]);
        Assert.Equal(B, ranked[0].UserId);
    }

    [Fact]
    public void Given_the_best_candidate_is_paused_When_ranking_Then_they_are_excluded()
    {
        var ranked = AssignmentScoring.Rank(ScoringWeights.Default,
        [
            new AssignmentCandidate(A, 0m, 0, 0, 5, false),
            new AssignmentCandidate(B, 1m, 9, 0, 0, true),
        ]);
        Assert.Equal([A], ranked.Select(r => r.UserId));
    }

    [Fact]
    public void Given_load_only_weights_When_ranking_Then_the_least_loaded_wins()
    {
        var ranked = AssignmentScoring.Rank(new ScoringWeights(0, 0, 100),
        [
            new AssignmentCandidate(A, 1m, 9, 0, 8, false),
            new AssignmentCandidate(B, 0m, 0, 9, 2, false),
        ]);
        Assert.Equal(B, ranked[0].UserId);
        Assert.Equal(75m, ranked[0].Total);
    }

    [Theory]
    [InlineData(40, 30, 30, true)]
    [InlineData(50, 30, 30, false)]
    [InlineData(-10, 60, 50, false)]
    public void Given_weights_When_validating_Then_they_must_sum_to_100(int i, int w, int l, bool valid) =>
        Assert.Equal(valid, new ScoringWeights(i, w, l).IsValid);
}
