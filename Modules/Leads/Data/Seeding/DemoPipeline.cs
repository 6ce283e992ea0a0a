using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Leads.Data.Seeding;

/// <summary>
/// Scenario 1 (Shaoxing filter maker): 技术确认 → 样品测试 → 商务谈判 → 合同签署. Tech gets the equipment parameters for the
/// sample test on entering 样品测试; the move out of 商务谈判 (into 合同签署) sends Finance the 账期要求 (with the 压价幅度) and Tech
/// the 设备参数 for production, each as a task due in 4 h, while the director gets the cycle-time comparison.
/// </summary>
internal static class DemoPipeline
{
    public static Pipeline Build()
    {
        var pipeline = new Pipeline(DemoIds.Of("leads:pipeline:default"), "工业过滤器销售流程", isDefault: true);
        var tech = pipeline.AddStage(Guid.NewGuid(), "技术确认");
        tech.Configure(tech.Name, new StageOptions(UnlocksQuoting: true));
        var parameters = tech.AddField(Guid.NewGuid(), "设备参数", FieldType.Text);
        // Stages other than 商务谈判 keep the kanban's former rule (amber after 7 full days, red after 14) as thresholds.
        tech.SetThresholds(amberDays: 8, redDays: 15);
        var sample = pipeline.AddStage(Guid.NewGuid(), "样品测试", skippable: true);
        // Tech gets a task with the equipment parameters filled in 技术确认
        sample.Configure(sample.Name, new StageOptions(Skippable: true));
        sample.AddTrigger(Guid.NewGuid(), TriggerMoment.Enter, [Roles.Tech], [], [parameters.Id]);
        sample.AddField(Guid.NewGuid(), "样品测试完成日期", FieldType.Date);
        sample.AddField(Guid.NewGuid(), "测试报告", FieldType.File, required: false);
        sample.SetThresholds(amberDays: 8, redDays: 15);
        var negotiation = pipeline.AddStage(Guid.NewGuid(), "商务谈判");
        negotiation.Configure(negotiation.Name, new StageOptions(NotifyDirectorCycle: true));
        // The seeds' rule: a negotiation is amber after 8 days and red after 12.
        negotiation.SetThresholds(amberDays: 8, redDays: 12);
        var discount = negotiation.AddField(Guid.NewGuid(), "压价幅度", FieldType.Percent);
        var terms = negotiation.AddField(Guid.NewGuid(), "账期要求", FieldType.Choice, options: "月结30天|月结60天|月结90天|预付30%");
        // One move (商务谈判 → 合同签署), two departments, each with what it needs.
        negotiation.AddTrigger(Guid.NewGuid(), TriggerMoment.Leave, [Roles.Finance], [], [terms.Id, discount.Id]);
        negotiation.AddTrigger(Guid.NewGuid(), TriggerMoment.Leave, [Roles.Tech], [], [parameters.Id]);
        var contract = pipeline.AddStage(Guid.NewGuid(), "合同签署");
        contract.Configure(contract.Name, new StageOptions(NotifyDirectorCycle: true), gate: negotiation);
        contract.SetThresholds(amberDays: 8, redDays: 15);
        return pipeline;
    }
}
