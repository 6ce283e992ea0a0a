using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Its own host (it changes the demo pipeline): reorder and remove stages on the pipeline page.</summary>
public sealed class PipelineOrderTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private Task<int> PipelineVersionAsync() => factory.QueryAsync(db => db.Pipelines.Select(p => p.Version).SingleAsync());

    private Task<Guid> StageIdAsync(string name) =>
        factory.QueryAsync(db => db.Stages.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task Given_the_director_When_reordering_removing_or_stale_Then_announced_refusals_explained_and_stale_409()
    {
        var director = await factory.SignInAsync("director", "en");

        // Removing a stage with open deals is refused with the reason; nothing changes.
        var refused = await director.PostFormAsync($"/Leads/Config/Pipeline?handler=RemoveStage&id={await StageIdAsync("样品测试")}",
            new() { ["version"] = (await PipelineVersionAsync()).ToString() }, "/Leads/Config/Pipeline");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("cannot be removed", await director.GetStringAsync("/Leads/Config/Pipeline"));
        Assert.Equal(4, await factory.QueryAsync(db => db.Stages.CountAsync(s => s.RemovedAt == null)));

        // A new empty stage moves up before 合同签署, then is removed: kept as a row, out of the order and the announcement.
        await director.PostFormAsync("/Leads/Config/Pipeline?handler=AddStage", new() { ["name"] = "质量审核" }, "/Leads/Config/Pipeline");
        var audit = await StageIdAsync("质量审核");
        var version = await PipelineVersionAsync();
        factory.Clock.Advance(NodaTime.Duration.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"/Leads/Config/Pipeline?handler=MoveStage&id={audit}&up=true",
            new() { ["version"] = version.ToString() }, "/Leads/Config/Pipeline")).StatusCode);
        var order = await factory.QueryAsync(db =>
            db.Stages.Where(s => s.RemovedAt == null).OrderBy(s => s.Position).Select(s => s.Name).ToListAsync());
        Assert.Equal(["技术确认", "样品测试", "商务谈判", "质量审核", "合同签署"], order);
        var announced = (await factory.PipelineChangesAsync()).MaxBy(e => e.OccurredAt)!;
        Assert.Equal(order, announced.Stages.Select(s => s.Name));
        Assert.Equal(12, announced.Stages.Single(s => s.Name == "商务谈判").RedDays);
        Assert.True(await factory.QueryAsync(db => db.OperationLog.AnyAsync(o => o.Operation == "Pipeline.StageMoved")));

        // The form shown before the move is stale now: 409, nothing changed.
        var stale = await director.PostFormAsync($"/Leads/Config/Pipeline?handler=MoveStage&id={audit}&up=true",
            new() { ["version"] = version.ToString() }, "/Leads/Config/Pipeline");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(order, await factory.QueryAsync(db =>
            db.Stages.Where(s => s.RemovedAt == null).OrderBy(s => s.Position).Select(s => s.Name).ToListAsync()));

        factory.Clock.Advance(NodaTime.Duration.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"/Leads/Config/Pipeline?handler=RemoveStage&id={audit}",
            new() { ["version"] = (await PipelineVersionAsync()).ToString() }, "/Leads/Config/Pipeline")).StatusCode);
        Assert.NotNull((await factory.QueryAsync(db => db.Stages.SingleAsync(s => s.Id == audit))).RemovedAt);
        var last = (await factory.PipelineChangesAsync()).MaxBy(e => e.OccurredAt)!;
        Assert.Equal(["技术确认", "样品测试", "商务谈判", "合同签署"], last.Stages.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4], last.Stages.Select(s => s.Position));
        Assert.DoesNotContain("质量审核", await director.GetStringAsync("/Leads/Config/Pipeline"));
    }

    [Fact]
    public async Task Given_a_stage_another_stage_requires_When_removing_or_moving_it_after_Then_refused_with_the_gated_stage_named()
    {
        var director = await factory.SignInAsync("director", "en");
        var negotiation = await StageIdAsync("商务谈判");
        await director.PostFormAsync($"/Leads/Config/Pipeline?handler=MoveStage&id={negotiation}&up=false",
            new() { ["version"] = (await PipelineVersionAsync()).ToString() }, "/Leads/Config/Pipeline");
        var page = await director.GetStringAsync("/Leads/Config/Pipeline");
        Assert.Contains("requires 商务谈判 to be completed first", page);
        Assert.Equal(3, await factory.QueryAsync(db => db.Stages.Where(s => s.Id == negotiation).Select(s => s.Position).SingleAsync()));
    }
}
