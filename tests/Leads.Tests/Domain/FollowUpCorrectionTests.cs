using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

/// <summary>Corrections of a logged follow-up keep the old values; the trace-mode and grade read models keep the newest event.</summary>
public sealed class FollowUpCorrectionTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);
    private static readonly Guid Owner = Guid.NewGuid();

    private static FollowUp Logged() => new(
        Guid.NewGuid(), Guid.NewGuid(), null, Owner, FollowUpObjective.EstablishContact, "初次电话沟通", "预算未明确", null, false, Now);

    [Fact]
    public void Given_a_follow_up_When_correcting_summary_and_tags_Then_the_old_values_are_kept_and_the_fields_named()
    {
        var followUp = Logged();
        var correction = followUp.Correct(
            FollowUpObjective.EstablishContact, "初次上门拜访", ["无明显障碍"], false, "记错了方式", Owner, Now + Duration.FromHours(1));
        Assert.Equal([FollowUpCorrection.SummaryField, FollowUpCorrection.ObstacleTagsField], correction.FieldList);
        Assert.Equal(("初次电话沟通", "预算未明确", "记错了方式"), (correction.OldSummary, correction.OldObstacleTags, correction.Reason));
        Assert.Equal(("初次上门拜访", "无明显障碍"), (followUp.Summary, followUp.ObstacleTags));
    }

    [Fact]
    public void Given_objective_and_warning_When_correcting_Then_both_are_named_and_a_blank_reason_is_null()
    {
        var followUp = Logged();
        var correction = followUp.Correct(FollowUpObjective.HandleObjection, "初次电话沟通", ["预算未明确"], true, "  ", Owner, Now);
        Assert.Equal([FollowUpCorrection.ObjectiveField, FollowUpCorrection.WarningField], correction.FieldList);
        Assert.Equal((FollowUpObjective.EstablishContact, false), (correction.OldObjective, correction.OldWarning));
        Assert.Null(correction.Reason);
    }

    [Fact]
    public void Given_the_same_values_When_correcting_Then_it_is_refused()
    {
        var followUp = Logged();
        var refusal = Assert.Throws<DomainException>(() =>
            followUp.Correct(FollowUpObjective.EstablishContact, " 初次电话沟通 ", ["预算未明确"], false, null, Owner, Now));
        Assert.Equal("Correction_NothingChanged", refusal.Key);
    }

    [Fact]
    public void Given_an_empty_summary_When_correcting_Then_it_is_refused_and_the_record_stays()
    {
        var followUp = Logged();
        Assert.Equal("FollowUp_SummaryRequired", Assert.Throws<DomainException>(() =>
            followUp.Correct(FollowUpObjective.AdvanceSolution, " ", [], false, null, Owner, Now)).Key);
        Assert.Equal(FollowUpObjective.EstablishContact, followUp.Objective);
    }

    [Fact]
    public void Given_trace_mode_switched_off_When_an_older_switch_on_arrives_Then_it_stays_off()
    {
        var state = new TraceMode(Owner, true, "一天内修改历史 4 次", Now);
        Assert.True(state.Apply(false, "主管解除", Now + Duration.FromHours(2)));
        Assert.False(state.Apply(true, "迟到的开启", Now + Duration.FromHours(1)));
        Assert.Equal((false, "主管解除"), (state.On, state.Reason));
    }

    [Fact]
    public void Given_a_grade_When_an_older_or_equal_grading_arrives_Then_the_newest_stays()
    {
        var grade = new CustomerGrade(Guid.NewGuid(), "A", 82.5m, [new("payment", 0.3m, 90m)], Now);
        Assert.False(grade.Update("C", 40m, [], Now - Duration.FromHours(72)));
        Assert.False(grade.Update("B", 60m, [], Now));
        Assert.Equal(("A", 82.5m), (grade.Grade, grade.Score));
        Assert.True(grade.Update("A+", 91m, [new("payment", 0.3m, 95.5m), new("speed", 0.25m, 88m)], Now + Duration.FromHours(72)));
        Assert.Equal("A+", grade.Grade);
        Assert.Equal([new GradeFactorValue("payment", 0.3m, 95.5m), new GradeFactorValue("speed", 0.25m, 88m)], grade.FactorList);
    }
}
