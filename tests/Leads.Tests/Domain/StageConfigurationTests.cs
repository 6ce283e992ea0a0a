using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class StageConfigurationTests
{
    private readonly Pipeline _pipeline = new(Guid.NewGuid(), "工业过滤");
    private readonly Stage _tech;
    private readonly Stage _contract;

    public StageConfigurationTests()
    {
        _tech = _pipeline.AddStage(Guid.NewGuid(), "技术确认");
        _contract = _pipeline.AddStage(Guid.NewGuid(), "合同签署");
    }

    [Fact]
    public void Given_options_and_an_earlier_gate_When_configured_Then_the_stage_carries_them()
    {
        _contract.Configure(" 合同 ", new StageOptions(Skippable: true, NotifyDirectorCycle: true), gate: _tech);
        Assert.Equal(("合同", true, true, (Guid?)_tech.Id),
            (_contract.Name, _contract.Skippable, _contract.NotifyDirectorCycle, _contract.RequiresStageId));
    }

    [Fact]
    public void Given_a_blank_name_When_configured_or_added_Then_it_is_refused()
    {
        Assert.Equal("Stage_NameRequired", Assert.Throws<DomainException>(() => _tech.Configure(" ", new StageOptions())).Key);
        Assert.Equal("Stage_NameRequired", Assert.Throws<DomainException>(() => _pipeline.AddStage(Guid.NewGuid(), "")).Key);
        Assert.Equal(2, _pipeline.Stages.Count);
    }

    [Fact]
    public void Given_a_later_stage_as_gate_When_configured_Then_it_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => _tech.Configure("技术确认", new StageOptions(), gate: _contract));
        Assert.Equal(("Stage_GateInvalid", (Guid?)null), (refusal.Key, _tech.RequiresStageId));
    }

    [Fact]
    public void Given_a_choice_field_without_options_When_added_Then_it_is_refused()
    {
        Assert.Equal("Field_Invalid", Assert.Throws<DomainException>(() => _tech.AddField(Guid.NewGuid(), "付款方式", FieldType.Choice)).Key);
        Assert.Equal("Field_Invalid", Assert.Throws<DomainException>(() => _tech.AddField(Guid.NewGuid(), " ", FieldType.Text)).Key);
        Assert.Empty(_tech.Fields);
        Assert.Equal(["电汇", "承兑"], _tech.AddField(Guid.NewGuid(), "付款方式", FieldType.Choice, options: " 电汇|承兑 ").Choices);
    }

    [Fact]
    public void Given_weights_not_adding_up_to_100_When_a_rule_changes_Then_it_is_refused()
    {
        var rule = new AssignmentRule(Guid.NewGuid(), "展会扫码");
        Assert.Equal("Assignment_WeightsInvalid",
            Assert.Throws<DomainException>(() => rule.Change(false, new ScoringWeights(50, 30, 30), 90)).Key);
        Assert.Equal("Assignment_WeightsInvalid",
            Assert.Throws<DomainException>(() => rule.Change(false, new ScoringWeights(40, 30, 30), 6)).Key);
        rule.Change(false, new ScoringWeights(50, 25, 25), 30);
        Assert.Equal((false, new ScoringWeights(50, 25, 25), 30), (rule.AutoAssign, rule.Weights, rule.WinRateDays));
    }
}
