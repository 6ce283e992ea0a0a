using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Leads.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Scenario 1's move out of 商务谈判: Finance and Tech each get their own task with their own details.</summary>
public sealed class StageTriggerTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_the_demo_pipeline_When_a_deal_leaves_negotiation_Then_finance_gets_the_terms_and_tech_the_parameters()
    {
        var deal = await ScenarioPipeline.NegotiationDealAsync(factory, "除尘滤芯合同A", "流量 80m³/h, 压差 1.2kPa");
        var sales = await factory.SignInAsync("sales01");

        var moved = await sales.HtmxPostAsync(
            $"/Leads/Deals?handler=Move&id={deal.DealId}", ScenarioPipeline.MoveForm(deal), "/Leads/Deals");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var tasks = await factory.QueryAsync(db =>
            db.StageTasks.Where(t => t.DealId == deal.DealId && t.AssigneeId == null).OrderBy(t => t.Role).ToListAsync());
        Assert.Equal(["Finance", "Tech"], tasks.Select(t => t.Role));
        var finance = tasks[0];
        var tech = tasks[1];
        Assert.Contains("账期要求: 月结60天", finance.Details);
        Assert.Contains("压价幅度: 5", finance.Details);
        Assert.DoesNotContain("设备参数", finance.Details);
        Assert.Equal("设备参数: 流量 80m³/h, 压差 1.2kPa", tech.Details);
        Assert.All(tasks, t => Assert.Equal(factory.Clock.GetCurrentInstant() + Duration.FromHours(4), t.DueAt));
        var notifications = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("NotificationRequested"))
            .Select(o => o.Payload).ToListAsync());
        foreach (var role in new[] { "\"Finance\"", "\"Tech\"" })
        {
            Assert.Contains(notifications, p =>
                p.Contains("Pipe_Notify_StageLeft", StringComparison.Ordinal) && p.Contains(role, StringComparison.Ordinal));
        }

        var financePage = await (await factory.SignInAsync("finance", "en")).GetStringAsync("/Leads/Tasks");
        Assert.Contains("除尘滤芯合同A", financePage);
        Assert.Contains("月结60天", financePage);
        Assert.DoesNotContain("压差 1.2kPa", financePage);
        Assert.Contains("Due", financePage);
        var techPage = await (await factory.SignInAsync("tech")).GetStringAsync("/Leads/Tasks");
        Assert.Contains("压差 1.2kPa", techPage);
        Assert.DoesNotContain("月结60天", techPage);
    }

    [Fact]
    public async Task Given_a_trigger_for_a_named_person_added_on_the_page_When_the_deal_moves_Then_only_that_person_completes_it()
    {
        var director = await factory.SignInAsync("director");
        var (negotiationId, parameterFieldId) = await factory.QueryAsync(async db =>
        {
            var stage = await db.Stages.SingleAsync(s => s.Name == "商务谈判");
            return (stage.Id, (await db.StageFields.SingleAsync(f => f.Label == "设备参数")).Id);
        });
        var deliveryId = await factory.UserIdAsync("delivery");
        var added = await director.PostFormAsync($"/Leads/Config/Pipeline?handler=AddTrigger&id={negotiationId}", new()
        {
            ["moment"] = "Leave", ["userIds"] = deliveryId.ToString(), ["fieldIds"] = parameterFieldId.ToString(), ["slaHours"] = "2",
        }, "/Leads/Config/Pipeline");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.OperationLog.AnyAsync(o => o.Operation == "Pipeline.TriggerAdded")));
        Assert.Contains("韩东", await director.GetStringAsync("/Leads/Config/Pipeline"));

        var deal = await ScenarioPipeline.NegotiationDealAsync(factory, "除尘滤芯合同B", "流量 40m³/h");
        var sales = await factory.SignInAsync("sales01");
        Assert.Equal(HttpStatusCode.OK,
            (await sales.HtmxPostAsync($"/Leads/Deals?handler=Move&id={deal.DealId}", ScenarioPipeline.MoveForm(deal), "/Leads/Deals")).StatusCode);
        var task = await factory.QueryAsync(db => db.StageTasks.SingleAsync(t => t.DealId == deal.DealId && t.AssigneeId == deliveryId));
        Assert.Equal(("", factory.Clock.GetCurrentInstant() + Duration.FromHours(2)), (task.Role, task.DueAt));

        var delivery = await factory.SignInAsync("delivery");
        Assert.Contains("除尘滤芯合同B", await delivery.GetStringAsync("/Leads/Tasks"));
        var finance = await factory.SignInAsync("finance");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await finance.HtmxPostAsync($"/Leads/Tasks?handler=Done&id={task.Id}", [], "/Leads/Tasks")).StatusCode);

        factory.Clock.Advance(Duration.FromHours(1));
        Assert.Equal(HttpStatusCode.OK, (await delivery.HtmxPostAsync($"/Leads/Tasks?handler=Done&id={task.Id}", [], "/Leads/Tasks")).StatusCode);
        var completed = (await factory.QueryAsync(async db => (await db.Outbox.AsNoTracking()
                .Where(o => o.Type.StartsWith("SalesSuite.Leads.Contracts.StageTaskCompleted,")).ToListAsync())
            .Select(o => (StageTaskCompleted)EventSerializer.Deserialize(o.Type, o.Payload)).ToList())).Single(e => e.TaskId == task.Id);
        Assert.Equal((deliveryId, (bool?)true, Duration.FromHours(1), task.DueAt),
            (completed.AssigneeId, completed.SlaMet, completed.ResponseTime, completed.DueAt));
    }

    [Fact]
    public async Task Given_a_trigger_without_any_recipient_When_added_Then_refused_with_the_message_and_nothing_added()
    {
        var director = await factory.SignInAsync("director", "en");
        var stageId = await factory.QueryAsync(db => db.Stages.Where(s => s.Name == "样品测试").Select(s => s.Id).SingleAsync());
        var before = await factory.QueryAsync(db => db.StageTriggers.CountAsync());
        var refused = await director.PostFormAsync($"/Leads/Config/Pipeline?handler=AddTrigger&id={stageId}",
            new() { ["moment"] = "Enter", ["slaHours"] = "4" }, "/Leads/Config/Pipeline");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Choose at least one role or person", await director.GetStringAsync("/Leads/Config/Pipeline"));
        Assert.Equal(before, await factory.QueryAsync(db => db.StageTriggers.CountAsync()));
    }
}
