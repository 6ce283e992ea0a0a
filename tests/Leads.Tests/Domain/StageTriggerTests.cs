using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class StageTriggerTests
{
    private readonly Pipeline _pipeline = new(Guid.NewGuid(), "工业过滤");
    private readonly Stage _tech;
    private readonly Stage _sample;
    private readonly Stage _negotiation;

    public StageTriggerTests()
    {
        _tech = _pipeline.AddStage(Guid.NewGuid(), "技术确认");
        _sample = _pipeline.AddStage(Guid.NewGuid(), "样品测试");
        _negotiation = _pipeline.AddStage(Guid.NewGuid(), "商务谈判");
    }

    [Fact]
    public void Given_triggers_on_entering_and_leaving_When_a_deal_moves_Then_the_left_stages_leave_and_the_targets_enter_triggers_fire()
    {
        var leaveTech = _tech.AddTrigger(Guid.NewGuid(), TriggerMoment.Leave, ["Finance"], [], []);
        _tech.AddTrigger(Guid.NewGuid(), TriggerMoment.Enter, ["Marketing"], [], []);
        var enterSample = _sample.AddTrigger(Guid.NewGuid(), TriggerMoment.Enter, ["Tech"], [], []);
        _sample.AddTrigger(Guid.NewGuid(), TriggerMoment.Leave, ["Legal"], [], []);

        var fired = StageTrigger.Fired(_tech, _sample);

        Assert.Equal([(_tech.Id, leaveTech.Id), (_sample.Id, enterSample.Id)], fired.Select(f => (f.Stage.Id, f.Trigger.Id)));
    }

    [Fact]
    public void Given_a_jump_over_a_stage_When_moving_Then_the_jumped_stages_triggers_do_not_fire()
    {
        _sample.AddTrigger(Guid.NewGuid(), TriggerMoment.Enter, ["Tech"], [], []);
        _sample.AddTrigger(Guid.NewGuid(), TriggerMoment.Leave, ["Tech"], [], []);
        Assert.Empty(StageTrigger.Fired(_tech, _negotiation));
    }

    [Fact]
    public void Given_several_roles_and_people_When_added_Then_the_trigger_keeps_them_all_without_duplicates()
    {
        var person = Guid.NewGuid();
        var field = Guid.NewGuid();
        var trigger = _negotiation.AddTrigger(Guid.NewGuid(), TriggerMoment.Leave, ["Finance", "Tech", "Finance"], [person, person], [field], 8);
        Assert.Equal(["Finance", "Tech"], trigger.RoleList);
        Assert.Equal([person], trigger.UserList);
        Assert.Equal(8, trigger.SlaHours);
        Assert.True(trigger.Carries(field));
        Assert.False(trigger.Carries(Guid.NewGuid()));
    }

    [Fact]
    public void Given_no_chosen_fields_When_asked_Then_the_trigger_carries_every_field_and_the_sla_defaults_to_4_hours()
    {
        var trigger = _sample.AddTrigger(Guid.NewGuid(), TriggerMoment.Enter, ["Tech"], [], []);
        Assert.True(trigger.Carries(Guid.NewGuid()));
        Assert.Equal(4, trigger.SlaHours);
    }

    [Theory]
    [InlineData(0, "Pipe_Trigger_SlaRange")]
    [InlineData(721, "Pipe_Trigger_SlaRange")]
    public void Given_an_sla_out_of_range_When_added_Then_refused_and_nothing_added(int hours, string key)
    {
        Assert.Equal(key, Assert.Throws<DomainException>(() => _sample.AddTrigger(Guid.NewGuid(), TriggerMoment.Enter, ["Tech"], [], [], hours)).Key);
        Assert.Empty(_sample.Triggers);
    }

    [Fact]
    public void Given_no_role_and_no_person_When_added_Then_refused()
    {
        Assert.Equal("Pipe_Trigger_RecipientRequired",
            Assert.Throws<DomainException>(() => _sample.AddTrigger(Guid.NewGuid(), TriggerMoment.Enter, [" "], [], [])).Key);
        Assert.Empty(_sample.Triggers);
    }
}

public sealed class StageTaskSlaTests
{
    private static readonly Instant Created = Instant.FromUtc(2026, 11, 23, 1, 0);

    private static StageTask RoleTask(int? sla = 4) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Finance", "滤芯项目: 商务谈判 → 合同签署", "账期要求: 月结60天", Created, slaHours: sla);

    [Fact]
    public void Given_a_4_hour_sla_When_created_Then_due_4_hours_later_and_overdue_only_from_then()
    {
        var task = RoleTask();
        Assert.Equal(Created + Duration.FromHours(4), task.DueAt);
        Assert.False(task.IsOverdue(Created + Duration.FromHours(4) - Duration.FromMinutes(1)));
        Assert.True(task.IsOverdue(Created + Duration.FromHours(4)));
    }

    [Fact]
    public void Given_an_overdue_task_When_escalating_Then_one_level_per_further_sla_period_each_once_at_most_3()
    {
        var task = RoleTask();
        var due = Created + Duration.FromHours(4);
        Assert.False(task.EscalationDue(due - Duration.FromSeconds(1)));
        Assert.True(task.EscalationDue(due));
        task.Escalate(due);
        Assert.Equal(1, task.EscalationLevel);
        Assert.False(task.EscalationDue(due + Duration.FromHours(3)));
        Assert.Equal("Pipe_Task_EscalationNotDue", Assert.Throws<DomainException>(() => task.Escalate(due + Duration.FromHours(3))).Key);
        task.Escalate(due + Duration.FromHours(4));
        task.Escalate(due + Duration.FromHours(8));
        Assert.Equal(3, task.EscalationLevel);
        Assert.False(task.EscalationDue(due + Duration.FromDays(30)));
    }

    [Fact]
    public void Given_a_done_or_an_sla_less_task_When_asked_Then_never_escalation_due()
    {
        var done = RoleTask();
        done.Complete(Guid.NewGuid(), Created + Duration.FromHours(1));
        Assert.False(done.EscalationDue(Created + Duration.FromDays(1)));
        var old = RoleTask(sla: null);
        Assert.Null(old.DueAt);
        Assert.False(old.EscalationDue(Created + Duration.FromDays(1)));
        Assert.Null(old.SlaMet(Created + Duration.FromDays(1)));
    }

    [Fact]
    public void Given_the_due_time_When_done_before_or_after_Then_sla_met_or_not()
    {
        var task = RoleTask();
        Assert.True(task.SlaMet(Created + Duration.FromHours(4)));
        Assert.False(task.SlaMet(Created + Duration.FromHours(4) + Duration.FromSeconds(1)));
    }

    [Fact]
    public void Given_a_persons_task_When_someone_else_of_any_role_completes_Then_only_the_person_or_a_manager_may()
    {
        var person = Guid.NewGuid();
        var task = new StageTask(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "", "t", "", Created, person, 4);
        Assert.Equal("", task.Role);
        Assert.True(task.CanComplete(person, _ => false, isManager: false));
        Assert.False(task.CanComplete(Guid.NewGuid(), _ => true, isManager: false));
        Assert.True(task.CanComplete(Guid.NewGuid(), _ => false, isManager: true));
        var role = RoleTask();
        Assert.True(role.CanComplete(Guid.NewGuid(), r => r == "Finance", isManager: false));
        Assert.False(role.CanComplete(Guid.NewGuid(), r => r == "Tech", isManager: false));
    }

    [Fact]
    public void Given_both_or_neither_a_role_and_a_person_When_created_Then_refused()
    {
        Assert.Equal("Pipe_Task_OneAssignee", Assert.Throws<DomainException>(() =>
            new StageTask(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "", "t", "", Created)).Key);
    }
}
