using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Background;
using SalesSuite.Leads.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Its own host (the clock moves): a stage task past its SLA goes up the reporting line, once per level.</summary>
public sealed class StageTaskEscalationTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private Task<TickResult> TickAsync() =>
        factory.InScopeAsync(sp => sp.GetRequiredService<LeadsWork>().TickAsync(CancellationToken.None));

    private Task<List<NotificationRequested>> EscalationNotificationsAsync() => factory.QueryAsync(async db =>
        (await db.Outbox.AsNoTracking().Where(o => o.Type.Contains("NotificationRequested")).ToListAsync())
        .Select(o => (NotificationRequested)EventSerializer.Deserialize(o.Type, o.Payload))
        .Where(n => n.TextKey == "Pipe_Notify_TaskEscalated").ToList());

    [Fact]
    public async Task Given_an_unanswered_tech_task_When_the_4_h_sla_passes_Then_director_then_gm_once_each_and_the_breach_is_reported()
    {
        var deal = await ScenarioPipeline.NegotiationDealAsync(factory, "升级测试合同", "流量 60m³/h");
        var sales = await factory.SignInAsync("sales01");
        Assert.Equal(HttpStatusCode.OK,
            (await sales.HtmxPostAsync($"/Leads/Deals?handler=Move&id={deal.DealId}", ScenarioPipeline.MoveForm(deal), "/Leads/Deals")).StatusCode);
        var task = await factory.QueryAsync(db => db.StageTasks.SingleAsync(t => t.DealId == deal.DealId && t.Role == "Tech"));
        var director = await factory.UserIdAsync("director");
        var gm = await factory.UserIdAsync("gm");

        factory.Clock.Advance(Duration.FromHours(4) - Duration.FromMinutes(1));
        Assert.Equal(0, (await TickAsync()).TasksEscalated);
        Assert.DoesNotContain("task-overdue", await (await factory.SignInAsync("tech")).GetStringAsync("/Leads/Tasks"));

        factory.Clock.Advance(Duration.FromMinutes(1));
        Assert.Equal(2, (await TickAsync()).TasksEscalated); // the Tech task (tech → director) and the Finance task (finance → gm)
        Assert.Contains(await EscalationNotificationsAsync(), n =>
            n.RecipientUserId == director && n.Arguments[0] == task.Title && n.Arguments[2] == "1" && n.Link == "/Leads/Tasks");
        Assert.Equal(1, (await factory.QueryAsync(db => db.StageTasks.SingleAsync(t => t.Id == task.Id))).EscalationLevel);
        Assert.True(await factory.QueryAsync(db =>
            db.OperationLog.AnyAsync(o => o.Operation == "StageTask.Escalated" && o.EntityId == task.Id.ToString())));
        var techPage = await (await factory.SignInAsync("tech")).GetStringAsync("/Leads/Tasks");
        Assert.Contains("task-overdue", techPage);

        var before = (await EscalationNotificationsAsync()).Count;
        factory.Clock.Advance(Duration.FromHours(1));
        Assert.Equal(0, (await TickAsync()).TasksEscalated); // once per level
        Assert.Equal(before, (await EscalationNotificationsAsync()).Count);

        factory.Clock.Advance(Duration.FromHours(3));
        await TickAsync();
        Assert.Equal(2, (await factory.QueryAsync(db => db.StageTasks.SingleAsync(t => t.Id == task.Id))).EscalationLevel);
        Assert.Contains(await EscalationNotificationsAsync(), n => n.RecipientUserId == gm && n.Arguments[0] == task.Title && n.Arguments[2] == "2");

        var tech = await factory.SignInAsync("tech");
        Assert.Equal(HttpStatusCode.OK, (await tech.HtmxPostAsync($"/Leads/Tasks?handler=Done&id={task.Id}", [], "/Leads/Tasks")).StatusCode);
        var completed = (await factory.QueryAsync(async db => (await db.Outbox.AsNoTracking()
                .Where(o => o.Type.StartsWith("SalesSuite.Leads.Contracts.StageTaskCompleted,")).ToListAsync())
            .Select(o => (StageTaskCompleted)EventSerializer.Deserialize(o.Type, o.Payload)).ToList())).Single(e => e.TaskId == task.Id);
        Assert.Equal(((bool?)false, 2, Duration.FromHours(8)), (completed.SlaMet, completed.EscalationLevel, completed.ResponseTime));
    }
}
