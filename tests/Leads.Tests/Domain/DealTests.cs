using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

/// <summary>The deal aggregate: opening, the stage machine (with quoting eligibility) and closing refuse by their rules.</summary>
public sealed class DealTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);

    /// <summary>需求确认 (required 设备参数) → 样品测试 (unlocks quoting) → 商务谈判.</summary>
    private static (Pipeline Pipeline, Stage Needs, Stage Sample, Stage Talks, StageField Parameters) NewPipeline()
    {
        var pipeline = new Pipeline(Guid.NewGuid(), "默认");
        var needs = pipeline.AddStage(Guid.NewGuid(), "需求确认");
        var parameters = needs.AddField(Guid.NewGuid(), "设备参数", FieldType.Text);
        var sample = pipeline.AddStage(Guid.NewGuid(), "样品测试");
        sample.Configure("样品测试", new StageOptions(UnlocksQuoting: true));
        var talks = pipeline.AddStage(Guid.NewGuid(), "商务谈判");
        return (pipeline, needs, sample, talks, parameters);
    }

    private static Deal Open(Pipeline pipeline, string? title = "滤芯项目", decimal? amount = 1m, string? line = null) =>
        Deal.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), pipeline, title, amount, line, Now);

    [Fact]
    public void Given_a_pipeline_with_a_quoting_gate_When_opening_Then_the_deal_is_in_the_first_stage_and_may_not_be_quoted()
    {
        var (pipeline, needs, _, _, _) = NewPipeline();
        var deal = Open(pipeline, "  滤芯项目 ", line: " 液压过滤 ");
        Assert.Equal(needs.Id, deal.StageId);
        Assert.Equal("滤芯项目", deal.Title);
        Assert.Equal("液压过滤", deal.ProductLine);
        Assert.False(deal.CanQuote);
        var ungated = new Pipeline(Guid.NewGuid(), "无门槛");
        ungated.AddStage(Guid.NewGuid(), "唯一阶段");
        Assert.True(Open(ungated).CanQuote);
    }

    [Theory]
    [InlineData(" ", 1, null, "Deal_TitleRequired")]
    [InlineData("滤芯项目", -1, null, "Deal_AmountInvalid")]
    [InlineData("滤芯项目", 1, 101, "Deal_ProductLineTooLong")]
    public void Given_bad_input_When_opening_Then_it_is_refused_with_the_key(string title, int amount, int? lineLength, string key)
    {
        var (pipeline, _, _, _, _) = NewPipeline();
        var line = lineLength is { } n ? new string('滤', n) : null;
        Assert.Equal(key, Assert.Throws<DomainException>(() => Open(pipeline, title, amount, line)).Key);
    }

    [Fact]
    public void Given_a_pipeline_without_stages_When_opening_Then_it_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Open(new Pipeline(Guid.NewGuid(), "空")));
        Assert.Equal("Deal_NoPipeline", refusal.Key);
    }

    [Fact]
    public void Given_a_missing_required_field_When_moving_Then_the_refusal_names_the_field_and_nothing_changes()
    {
        var (pipeline, needs, sample, _, parameters) = NewPipeline();
        var deal = Open(pipeline);
        var refusal = Assert.Throws<StageMoveRefused>(() => deal.Move(pipeline.Ordered, sample.Id, new Dictionary<Guid, string?>(), Now));
        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(("Deal_Field_Required", "设备参数", parameters.Id), (problem.Key, problem.Argument, problem.FieldId!.Value));
        Assert.Equal(422, refusal.StatusCode);
        Assert.Equal(needs.Id, deal.StageId);
        Assert.Equal("", deal.CompletedStages);
    }

    [Fact]
    public void Given_the_quoting_stage_is_completed_When_moving_past_it_Then_the_deal_may_be_quoted()
    {
        var (pipeline, needs, sample, talks, parameters) = NewPipeline();
        var deal = Open(pipeline);
        var values = new Dictionary<Guid, string?> { [parameters.Id] = "50m³/h" };
        var first = deal.Move(pipeline.Ordered, sample.Id, values, Now + Duration.FromHours(5));
        Assert.Equal((needs.Name, sample.Name, Duration.FromHours(5)), (first.From.Name, first.To.Name, first.Spent));
        Assert.False(first.QuotingChanged);
        Assert.False(deal.CanQuote);

        var second = deal.Move(pipeline.Ordered, talks.Id, new Dictionary<Guid, string?>(), Now + Duration.FromDays(2));
        Assert.True(second.QuotingChanged);
        Assert.True(deal.CanQuote);
        Assert.Equal(talks.Id, deal.StageId);
        Assert.Contains(sample.Id, deal.Completed);
    }

    [Fact]
    public void Given_a_later_stage_When_moving_back_Then_it_is_refused()
    {
        var (pipeline, needs, sample, _, _) = NewPipeline();
        var deal = Open(pipeline);
        deal.PlaceInStage(pipeline.Ordered, sample.Id, Now);
        var refusal = Assert.Throws<StageMoveRefused>(() => deal.Move(pipeline.Ordered, needs.Id, new Dictionary<Guid, string?>(), Now));
        Assert.Equal("Deal_Move_Forward", refusal.Key);
    }

    [Fact]
    public void Given_a_lost_deal_without_reason_When_closing_Then_it_is_refused_and_stays_open()
    {
        var (pipeline, _, _, _, _) = NewPipeline();
        var deal = Open(pipeline);
        Assert.Equal("Deal_CloseReasonRequired", Assert.Throws<DomainException>(() => deal.Close(false, " ", Now)).Key);
        Assert.Equal(DealStatus.Open, deal.Status);
    }

    [Fact]
    public void Given_a_closed_deal_When_closing_or_moving_again_Then_it_is_refused()
    {
        var (pipeline, _, sample, _, parameters) = NewPipeline();
        var deal = Open(pipeline);
        deal.Close(true, null, Now);
        Assert.Equal((DealStatus.Won, Now), (deal.Status, deal.ClosedAt!.Value));
        // Closing again is a conflict (409: someone already closed it), still with the same message.
        Assert.Equal("Deal_NotOpen", Assert.ThrowsAny<DomainException>(() => deal.Close(false, "价格", Now)).Key);
        var values = new Dictionary<Guid, string?> { [parameters.Id] = "50m³/h" };
        Assert.Equal("Deal_NotOpen", Assert.Throws<DomainException>(() => deal.Move(pipeline.Ordered, sample.Id, values, Now)).Key);
    }
}
