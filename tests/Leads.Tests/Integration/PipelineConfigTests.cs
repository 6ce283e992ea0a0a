using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class PipelineConfigTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_the_director_When_adding_a_stage_with_a_choice_field_Then_both_exist_and_are_logged()
    {
        var client = await factory.SignInAsync("director");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(
            "/Leads/Config/Pipeline?handler=AddStage", new() { ["name"] = "回款确认" }, "/Leads/Config/Pipeline")).StatusCode);
        var stage = await factory.QueryAsync(db => db.Stages.SingleAsync(s => s.Name == "回款确认"));
        Assert.Equal(5, stage.Position);

        var bad = await client.PostFormAsync(
            $"/Leads/Config/Pipeline?handler=AddField&id={stage.Id}",
            new() { ["label"] = "付款方式", ["type"] = "Choice", ["required"] = "true" },
            "/Leads/Config/Pipeline");
        Assert.Equal(HttpStatusCode.Redirect, bad.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.StageFields.AnyAsync(f => f.StageId == stage.Id)));

        await client.PostFormAsync(
            $"/Leads/Config/Pipeline?handler=AddField&id={stage.Id}",
            new() { ["label"] = "付款方式", ["type"] = "Choice", ["required"] = "true", ["options"] = "电汇|承兑" },
            "/Leads/Config/Pipeline");
        Assert.True(await factory.QueryAsync(db => db.StageFields.AnyAsync(f => f.StageId == stage.Id && f.Options == "电汇|承兑")));
        var operations = await factory.QueryAsync(db => db.OperationLog.Select(o => o.Operation).ToListAsync());
        Assert.Contains("Pipeline.StageAdded", operations);
        Assert.Contains("Pipeline.FieldAdded", operations);

        var sales = await factory.SignInAsync("sales01");
        var denied = await sales.PostFormAsync("/Leads/Config/Pipeline?handler=AddStage", new() { ["name"] = "x" }, "/Leads");
        Assert.Contains("AccessDenied", denied.Headers.Location?.ToString());
    }
}
