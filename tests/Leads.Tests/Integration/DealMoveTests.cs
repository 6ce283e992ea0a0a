using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class DealMoveTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private async Task<(Deal Deal, Stage Next, StageField DateField)> SampleStageDealAsync() =>
        await factory.QueryAsync(async db =>
        {
            var stages = await db.Stages.Include(s => s.Fields).OrderBy(s => s.Position).ToListAsync();
            var sample = stages.Single(s => s.Name == "样品测试");
            var deal = await db.Deals.SingleAsync(d => d.StageId == sample.Id);
            return (deal, stages.Single(s => s.Name == "商务谈判"), sample.Fields.Single(f => f.Label == "样品测试完成日期"));
        });

    [Fact]
    public async Task Given_a_missing_required_field_When_moving_Then_422_names_the_field_and_nothing_is_saved()
    {
        var (deal, next, field) = await SampleStageDealAsync();
        var client = await factory.SignInAsync("sales01");
        var changesBefore = await factory.OutboxCountAsync("DealStageChanged");

        var response = await client.HtmxPostAsync($"/Leads/Deals?handler=Move&id={deal.Id}",
            new() { ["targetStageId"] = next.Id.ToString(), ["version"] = deal.Version.ToString(), [$"f_{field.Id}"] = "" }, "/Leads/Deals");

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("样品测试完成日期", await response.Content.ReadAsStringAsync());
        var after = await factory.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == deal.Id));
        Assert.Equal(deal.StageId, after.StageId);
        Assert.Equal(deal.Version, after.Version);
        Assert.Equal(changesBefore, await factory.OutboxCountAsync("DealStageChanged"));
        Assert.False(await factory.QueryAsync(db => db.DealFieldValues.AnyAsync(v => v.DealId == deal.Id)));
    }

    [Fact]
    public async Task Given_the_required_field_When_moving_Then_stage_changes_and_the_event_carries_time_in_stage()
    {
        var (deal, next, field) = await SampleStageDealAsync();
        var client = await factory.SignInAsync("sales01");
        factory.Clock.Advance(NodaTime.Duration.FromHours(1));

        var response = await client.HtmxPostAsync($"/Leads/Deals?handler=Move&id={deal.Id}",
            new() { ["targetStageId"] = next.Id.ToString(), ["version"] = deal.Version.ToString(), [$"f_{field.Id}"] = "2026-11-20" },
            "/Leads/Deals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await factory.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == deal.Id));
        Assert.Equal(next.Id, after.StageId);
        var payload = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("DealStageChanged")).Select(o => o.Payload).ToListAsync());
        Assert.Contains(payload, p =>
            p.Contains(deal.Id.ToString(), StringComparison.OrdinalIgnoreCase)
            && p.Contains("TimeInPreviousStage", StringComparison.OrdinalIgnoreCase));
        var rows = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains("DealStageChanged")).ToListAsync());
        var changed = rows.Select(o => (DealStageChanged)EventSerializer.Deserialize(o.Type, o.Payload)).Single(e => e.DealId == deal.Id);
        Assert.Equal(after.Version, changed.Sequence); // the deal's version after the commit: read models skip older events
        Assert.True(await factory.QueryAsync(db => db.OperationLog.AnyAsync(o => o.Operation == "Deal.Move" && o.EntityId == deal.Id.ToString())));
        // Entering 商务谈判: the director gets the cycle-time comparison; Finance is asked about the payment terms only when
        // the deal leaves 商务谈判 (the 账期要求 is filled there). Leaving 样品测试, the demo's named person (the delivery
        // manager) gets the only task, no role does.
        var delivery = await factory.UserIdAsync("delivery");
        var tasks = await factory.QueryAsync(db =>
            db.StageTasks.Where(t => t.DealId == deal.Id).Select(t => new { t.Role, t.AssigneeId }).ToListAsync());
        Assert.Equal([(Guid?)delivery], tasks.Select(t => t.AssigneeId));
        Assert.DoesNotContain(tasks, t => t.Role == "Finance");
        var notifications = await factory.QueryAsync(db => db.Outbox
            .Where(o => o.Type.Contains("NotificationRequested"))
            .Select(o => o.Payload)
            .ToListAsync());
        Assert.Contains(notifications, p =>
            p.Contains("Notify_CycleComparison", StringComparison.Ordinal) && p.Contains("SalesDirector", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_stale_version_When_moving_Then_409_and_nothing_is_saved()
    {
        var deal = await factory.QueryAsync(db => db.Deals.FirstAsync(d => d.Title.Contains("恒清")));
        var stages = await factory.QueryAsync(db => db.Stages.OrderBy(s => s.Position).ToListAsync());
        var client = await factory.SignInAsync("sales01");
        var response = await client.HtmxPostAsync($"/Leads/Deals?handler=Move&id={deal.Id}",
            new() { ["targetStageId"] = stages[1].Id.ToString(), ["version"] = (deal.Version + 5).ToString() }, "/Leads/Deals");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(deal.StageId, (await factory.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == deal.Id))).StageId);
    }
}
