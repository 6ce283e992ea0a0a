using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class StageTaskTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    /// <summary>A fresh deal of sales01 in 技术确认 (so tests do not share one).</summary>
    private Task<(Deal Deal, Stage Sample, StageField Parameters)> NewTechStageDealAsync(string title) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LeadsDbContext>();
        var pipeline = (await sp.GetRequiredService<PipelineQueries>().DefaultAsync(default))!;
        var customer = await db.Customers.SingleAsync(c => c.Name.Contains("恒清"));
        var now = factory.Clock.GetCurrentInstant();
        var deal = Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, title, 100_000m, null, now);
        db.Deals.Add(deal);
        await db.SaveChangesAsync();
        var tech = pipeline.Ordered[0];
        return (deal, pipeline.Ordered[1], tech.Fields.Single(f => f.Label == "设备参数"));
    });

    private async Task<Guid> MoveAsync(string title, string parameters)
    {
        var (deal, sample, field) = await NewTechStageDealAsync(title);
        var sales = await factory.SignInAsync("sales01");
        var response = await sales.HtmxPostAsync($"/Leads/Deals?handler=Move&id={deal.Id}",
            new() { ["targetStageId"] = sample.Id.ToString(), ["version"] = deal.Version.ToString(), [$"f_{field.Id}"] = parameters },
            "/Leads/Deals");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return deal.Id;
    }

    [Fact]
    public async Task Given_a_move_into_a_stage_with_a_tech_trigger_Then_a_tech_task_carries_the_parameters_and_tech_completes_it()
    {
        var dealId = await MoveAsync("滤芯更换项目A", "流量 50m³/h, 压力 0.6MPa");

        var task = await factory.QueryAsync(db => db.StageTasks.SingleAsync(t => t.DealId == dealId));
        Assert.Equal("Tech", task.Role);
        Assert.Contains("设备参数: 流量 50m³/h, 压力 0.6MPa", task.Details);
        var notifications = await factory.QueryAsync(db =>
            db.Outbox.Where(o => o.Type.Contains("NotificationRequested")).Select(o => o.Payload).ToListAsync());
        Assert.Contains(notifications, p => p.Contains("Notify_StageEntered", StringComparison.Ordinal)
            && p.Contains("/Leads/Tasks", StringComparison.Ordinal) && p.Contains("Tech", StringComparison.Ordinal));

        var tech = await factory.SignInAsync("tech");
        var page = await tech.GetStringAsync("/Leads/Tasks");
        Assert.Contains("滤芯更换项目A", page);
        Assert.Contains("0.6MPa", page);
        var finance = await factory.SignInAsync("finance");
        Assert.DoesNotContain("滤芯更换项目A", await finance.GetStringAsync("/Leads/Tasks"));

        var done = await tech.HtmxPostAsync($"/Leads/Tasks?handler=Done&id={task.Id}", [], "/Leads/Tasks");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var after = await factory.QueryAsync(db => db.StageTasks.SingleAsync(t => t.Id == task.Id));
        Assert.NotNull(after.DoneAt);
        Assert.Equal(await factory.UserIdAsync("tech"), after.DoneBy);
        Assert.True(await factory.QueryAsync(db =>
            db.OperationLog.AnyAsync(o => o.Operation == "StageTask.Done" && o.EntityId == task.Id.ToString())));
        Assert.DoesNotContain("滤芯更换项目A", await tech.GetStringAsync("/Leads/Tasks"));
    }

    [Fact]
    public async Task Given_a_tech_task_When_a_salesperson_or_finance_completes_it_Then_403_and_it_stays_open()
    {
        var dealId = await MoveAsync("滤芯更换项目B", "流量 30m³/h");
        var task = await factory.QueryAsync(db => db.StageTasks.SingleAsync(t => t.DealId == dealId));

        foreach (var user in new[] { "sales01", "finance" })
        {
            var client = await factory.SignInAsync(user);
            var response = await client.HtmxPostAsync($"/Leads/Tasks?handler=Done&id={task.Id}", [], "/Leads/Tasks");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Null((await factory.QueryAsync(db => db.StageTasks.SingleAsync(t => t.Id == task.Id))).DoneAt);
    }

    [Theory]
    [InlineData("/Leads")]
    [InlineData("/Leads/Deals")]
    [InlineData("/Leads/Customers")]
    [InlineData("/Leads/Pool")]
    public async Task Given_a_tech_user_When_opening_other_leads_pages_Then_403(string url)
    {
        var tech = await factory.SignInAsync("tech");
        Assert.Equal(HttpStatusCode.Forbidden, (await tech.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tech.GetAsync("/Leads/Tasks")).StatusCode);
    }

    [Fact]
    public async Task Given_a_move_with_a_task_Then_the_customer_timeline_shows_it()
    {
        var dealId = await MoveAsync("滤芯更换项目C", "流量 10m³/h");
        var customerId = await factory.QueryAsync(db => db.Deals.Where(d => d.Id == dealId).Select(d => d.CustomerId).SingleAsync());
        var sales = await factory.SignInAsync("sales01");
        Assert.Contains("滤芯更换项目C", await sales.GetStringAsync($"/Leads/Customers/Detail/{customerId}"));
        Assert.True(await factory.QueryAsync(db => db.Timeline.AnyAsync(t => t.TextKey == "Timeline_TaskCreated" && t.CustomerId == customerId)));
    }
}
