using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class PipelineOrderTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);
    private readonly Pipeline _pipeline = new(Guid.NewGuid(), "工业过滤");
    private readonly Stage _tech;
    private readonly Stage _sample;
    private readonly Stage _negotiation;
    private readonly Stage _contract;

    public PipelineOrderTests()
    {
        _tech = _pipeline.AddStage(Guid.NewGuid(), "技术确认");
        _sample = _pipeline.AddStage(Guid.NewGuid(), "样品测试");
        _negotiation = _pipeline.AddStage(Guid.NewGuid(), "商务谈判");
        _contract = _pipeline.AddStage(Guid.NewGuid(), "合同签署");
        _contract.Configure(_contract.Name, new StageOptions(), gate: _negotiation);
    }

    private string[] Names => _pipeline.Ordered.Select(s => s.Name).ToArray();

    [Fact]
    public void Given_four_stages_When_moving_one_up_and_one_down_Then_neighbours_swap_and_positions_stay_1_to_4()
    {
        Assert.True(_pipeline.MoveStage(_sample.Id, up: true));
        Assert.Equal(["样品测试", "技术确认", "商务谈判", "合同签署"], Names);
        Assert.True(_pipeline.MoveStage(_sample.Id, up: false));
        Assert.Equal(["技术确认", "样品测试", "商务谈判", "合同签署"], Names);
        Assert.Equal([1, 2, 3, 4], _pipeline.Ordered.Select(s => s.Position));
    }

    [Fact]
    public void Given_the_first_or_last_stage_When_moved_past_the_end_Then_nothing_changes()
    {
        Assert.False(_pipeline.MoveStage(_tech.Id, up: true));
        Assert.False(_pipeline.MoveStage(_contract.Id, up: false));
        Assert.Equal(["技术确认", "样品测试", "商务谈判", "合同签署"], Names);
    }

    [Fact]
    public void Given_a_gate_When_the_gated_stage_would_come_before_it_Then_refused_and_order_unchanged()
    {
        var refusal = Assert.Throws<DomainException>(() => _pipeline.MoveStage(_contract.Id, up: true));
        Assert.Equal(("Pipe_Stage_ReorderBreaksGate", (object)"合同签署"), (refusal.Key, refusal.Arguments[0]));
        Assert.Equal(["技术确认", "样品测试", "商务谈判", "合同签署"], Names);
    }

    [Fact]
    public void Given_an_empty_stage_When_removed_Then_it_leaves_the_order_keeps_its_row_and_the_rest_is_renumbered()
    {
        _pipeline.RemoveStage(_sample.Id, openDeals: 0, Now);
        Assert.Equal(["技术确认", "商务谈判", "合同签署"], Names);
        Assert.Equal([1, 2, 3], _pipeline.Ordered.Select(s => s.Position));
        Assert.Contains(_sample, _pipeline.Stages);
        Assert.Equal(Now, _sample.RemovedAt);
    }

    [Fact]
    public void Given_open_deals_in_the_stage_When_removed_Then_refused_with_the_count()
    {
        var refusal = Assert.Throws<DomainException>(() => _pipeline.RemoveStage(_sample.Id, openDeals: 2, Now));
        Assert.Equal(("Pipe_Stage_RemoveHasDeals", (object)"样品测试", (object)2), (refusal.Key, refusal.Arguments[0], refusal.Arguments[1]));
        Assert.Null(_sample.RemovedAt);
    }

    [Fact]
    public void Given_a_stage_another_stage_requires_When_removed_Then_refused_naming_the_gated_stage()
    {
        var refusal = Assert.Throws<DomainException>(() => _pipeline.RemoveStage(_negotiation.Id, openDeals: 0, Now));
        Assert.Equal(("Pipe_Stage_RemoveIsGate", (object)"合同签署"), (refusal.Key, refusal.Arguments[1]));
        Assert.Equal(4, _pipeline.Ordered.Count);
    }
}
