using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Its own host (the test advances the clock): Health hears how long a role took on a stage task.</summary>
public sealed class StageTaskCompletedTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_a_tech_task_When_tech_completes_it_3_hours_later_Then_StageTaskCompleted_carries_the_response_time_and_owner()
    {
        var (deal, sample, field) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var pipeline = (await sp.GetRequiredService<PipelineQueries>().DefaultAsync(default))!;
            var customer = await db.Customers.SingleAsync(c => c.Name.Contains("恒清"));
            var opened = Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, "响应时间测试", 80_000m, null,
                factory.Clock.GetCurrentInstant());
            db.Deals.Add(opened);
            await db.SaveChangesAsync();
            return (opened, pipeline.Ordered[1], pipeline.Ordered[0].Fields.Single(f => f.Label == "设备参数"));
        });
        var owner = await factory.UserIdAsync("sales01");
        Assert.Equal(owner, deal.OwnerId);
        var sales = await factory.SignInAsync("sales01");
        var moved = await sales.HtmxPostAsync($"/Leads/Deals?handler=Move&id={deal.Id}",
            new() { ["targetStageId"] = sample.Id.ToString(), ["version"] = deal.Version.ToString(), [$"f_{field.Id}"] = "流量 20m³/h" },
            "/Leads/Deals");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var task = await factory.QueryAsync(db => db.StageTasks.SingleAsync(t => t.DealId == deal.Id));
        factory.Clock.Advance(Duration.FromHours(3));

        var tech = await factory.SignInAsync("tech");
        Assert.Equal(HttpStatusCode.OK, (await tech.HtmxPostAsync($"/Leads/Tasks?handler=Done&id={task.Id}", [], "/Leads/Tasks")).StatusCode);

        var completed = Assert.Single(await factory.QueryAsync(async db => (await db.Outbox.AsNoTracking()
                .Where(o => o.Type.StartsWith("SalesSuite.Leads.Contracts.StageTaskCompleted,")).ToListAsync())
            .Select(o => (StageTaskCompleted)EventSerializer.Deserialize(o.Type, o.Payload)).ToList()));
        var techId = await factory.UserIdAsync("tech");
        Assert.Equal((task.Id, deal.Id, deal.CustomerId, owner, "Tech", techId, techId),
            (completed.TaskId, completed.DealId, completed.CustomerId, completed.OwnerId, completed.Role, completed.CompletedBy,
                completed.ActorUserId));
        Assert.Equal((task.CreatedAt, Duration.FromHours(3)), (completed.CreatedAt, completed.ResponseTime));
    }
}
