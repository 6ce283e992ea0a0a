using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class StageThresholdTests
{
    private readonly Pipeline _pipeline = new(Guid.NewGuid(), "工业过滤");
    private readonly Stage _negotiation;

    public StageThresholdTests() => _negotiation = _pipeline.AddStage(Guid.NewGuid(), "商务谈判");

    [Theory]
    [InlineData(0, StageDwell.Normal)]
    [InlineData(7, StageDwell.Normal)]
    [InlineData(8, StageDwell.Amber)]
    [InlineData(11, StageDwell.Amber)]
    [InlineData(12, StageDwell.Red)]
    [InlineData(40, StageDwell.Red)]
    public void Given_amber_8_and_red_12_When_a_deal_has_spent_whole_days_Then_it_is_amber_from_day_8_and_red_from_day_12(
        int days, StageDwell expected)
    {
        _negotiation.SetThresholds(amberDays: 8, redDays: 12);
        Assert.Equal(expected, _negotiation.DwellAt(days));
    }

    [Fact]
    public void Given_no_thresholds_Then_a_deal_is_never_coloured_and_one_threshold_alone_applies()
    {
        Assert.Equal(StageDwell.Normal, _negotiation.DwellAt(365));
        _negotiation.SetThresholds(amberDays: null, redDays: 5);
        Assert.Equal((StageDwell.Normal, StageDwell.Red), (_negotiation.DwellAt(4), _negotiation.DwellAt(5)));
        _negotiation.SetThresholds(amberDays: 3, redDays: null);
        Assert.Equal((StageDwell.Amber, StageDwell.Amber), (_negotiation.DwellAt(3), _negotiation.DwellAt(300)));
    }

    [Theory]
    [InlineData(0, null, "Stage_AmberDaysRange")]
    [InlineData(366, null, "Stage_AmberDaysRange")]
    [InlineData(null, -1, "Stage_RedDaysRange")]
    [InlineData(null, 366, "Stage_RedDaysRange")]
    [InlineData(12, 12, "Stage_AmberBeforeRed")]
    [InlineData(13, 12, "Stage_AmberBeforeRed")]
    public void Given_days_out_of_range_or_amber_not_before_red_When_set_Then_refused_and_the_thresholds_stay(
        int? amber, int? red, string key)
    {
        _negotiation.SetThresholds(amberDays: 8, redDays: 12);
        Assert.Equal(key, Assert.Throws<DomainException>(() => _negotiation.SetThresholds(amber, red)).Key);
        Assert.Equal((8, 12), (_negotiation.AmberDays, _negotiation.RedDays));
    }

    [Fact]
    public void Given_the_limits_When_set_Then_1_and_365_are_accepted_and_null_clears()
    {
        _negotiation.SetThresholds(amberDays: 1, redDays: 365);
        Assert.Equal((1, 365), (_negotiation.AmberDays, _negotiation.RedDays));
        _negotiation.SetThresholds(null, null);
        Assert.Equal((null, null), (_negotiation.AmberDays, _negotiation.RedDays));
    }

    [Fact]
    public void Given_a_pipeline_When_marked_published_twice_with_the_same_fingerprint_Then_only_the_first_counts()
    {
        Assert.Null(_pipeline.PublishedFingerprint);
        Assert.True(_pipeline.MarkPublished("A"));
        Assert.False(_pipeline.MarkPublished("A"));
        Assert.True(_pipeline.MarkPublished("B"));
        Assert.Equal("B", _pipeline.PublishedFingerprint);
    }
}
