using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class StageRulesTests
{
    private readonly Pipeline _pipeline = new(Guid.NewGuid(), "工业过滤");
    private readonly Stage _tech;
    private readonly Stage _sample;
    private readonly Stage _negotiation;
    private readonly Stage _contract;
    private readonly StageField _sampleDate;

    public StageRulesTests()
    {
        _tech = _pipeline.AddStage(Guid.NewGuid(), "技术确认");
        _sample = _pipeline.AddStage(Guid.NewGuid(), "样品测试", skippable: true);
        _negotiation = _pipeline.AddStage(Guid.NewGuid(), "商务谈判");
        _contract = _pipeline.AddStage(Guid.NewGuid(), "合同签署");
        _sampleDate = _sample.AddField(Guid.NewGuid(), "样品测试完成日期", FieldType.Date);
        _negotiation.AddField(Guid.NewGuid(), "压价幅度", FieldType.Percent);
        _tech.Configure(_tech.Name, new StageOptions(UnlocksQuoting: true));
        _contract.Configure(_contract.Name, new StageOptions(), gate: _negotiation);
    }

    private StageMoveCheck Move(Stage from, Stage to, Dictionary<Guid, string?>? values = null, params Guid[] completed) =>
        StageRules.CheckMove(_pipeline.Ordered, from.Id, to.Id, completed.ToHashSet(), values ?? []);

    [Fact]
    public void Given_the_required_date_is_missing_When_leaving_the_stage_Then_the_field_is_named() =>
        Assert.Equal([new MoveProblem("Deal_Field_Required", "样品测试完成日期", _sampleDate.Id)], Move(_sample, _negotiation).Problems);

    [Fact]
    public void Given_an_invalid_date_When_leaving_the_stage_Then_it_is_rejected() =>
        Assert.Equal("Deal_Field_Date", Move(_sample, _negotiation, new() { [_sampleDate.Id] = "2026-13-40" }).Problems.Single().Key);

    [Fact]
    public void Given_a_valid_date_When_leaving_the_stage_Then_the_move_is_allowed() =>
        Assert.True(Move(_sample, _negotiation, new() { [_sampleDate.Id] = "2026-11-20" }).Allowed);

    [Fact]
    public void Given_a_skippable_stage_When_jumping_over_it_Then_it_is_allowed_and_reported_skipped()
    {
        var check = Move(_tech, _negotiation);
        Assert.True(check.Allowed);
        Assert.Equal([_sample.Id], check.Skipped.Select(s => s.Id));
    }

    [Fact]
    public void Given_a_non_skippable_stage_When_jumping_over_it_Then_it_is_refused() =>
        Assert.Contains(new MoveProblem("Deal_Move_NotSkippable", "商务谈判"), Move(_tech, _contract).Problems);

    [Fact]
    public void Given_a_backward_move_When_checking_Then_it_is_refused() =>
        Assert.Equal("Deal_Move_Forward", Move(_negotiation, _tech).Problems.Single().Key);

    [Fact]
    public void Given_a_gate_stage_not_completed_When_moving_past_Then_the_gate_blocks()
    {
        _negotiation.Configure(_negotiation.Name, new StageOptions(Skippable: true));
        var check = Move(_sample, _contract, new() { [_sampleDate.Id] = "2026-11-20" });
        Assert.Contains(new MoveProblem("Deal_Move_GateMissing", "商务谈判"), check.Problems);
    }

    [Fact]
    public void Given_a_quoting_gate_When_the_stage_is_not_completed_Then_quoting_is_not_allowed()
    {
        Assert.False(StageRules.CanQuote(_pipeline.Ordered, new HashSet<Guid>()));
        Assert.True(StageRules.CanQuote(_pipeline.Ordered, new HashSet<Guid> { _tech.Id }));
    }

    [Theory]
    [InlineData(nameof(FieldType.Number), "12.5", null)]
    [InlineData("Number", "abc", "Deal_Field_Number")]
    [InlineData("Money", "-1", "Deal_Field_Money")]
    [InlineData("Percent", "101", "Deal_Field_Percent")]
    [InlineData("Percent", "8%", null)]
    [InlineData("Choice", "月结60天", null)]
    [InlineData("Choice", "现金", "Deal_Field_Choice")]
    [InlineData("File", "spec.pdf", null)]
    [InlineData("File", "virus.exe", "Deal_Field_File")]
    public void Given_a_typed_value_When_validating_Then_the_type_decides(string type, string value, string? problem)
    {
        var field = new StageField(Guid.NewGuid(), Guid.NewGuid(), "f", Enum.Parse<FieldType>(type), true, "月结30天|月结60天", 1);
        Assert.Equal(problem, FieldValues.Problem(field, value));
    }
}
