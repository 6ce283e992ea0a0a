using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Stage thresholds on the pipeline page, PipelineChanged for Health, and the kanban's colours.</summary>
public sealed class PipelineEventsTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private const string Page = "/Leads/Config/Pipeline";

    private Task<List<PipelineChanged>> ChangesAsync() => factory.PipelineChangesAsync();

    private Task<Stage> StageAsync(string name) => factory.QueryAsync(db => db.Stages.AsNoTracking().SingleAsync(s => s.Name == name));

    private static Dictionary<string, string> Form(Stage stage, string? amber, string? red) => new()
    {
        ["version"] = stage.Version.ToString(), ["name"] = stage.Name, ["skippable"] = stage.Skippable ? "true" : "false",
        ["amberDays"] = amber ?? "", ["redDays"] = red ?? "",
    };

    [Fact]
    public async Task Given_the_demo_pipeline_When_the_app_has_started_Then_it_was_announced_once_with_negotiation_red_after_12_days()
    {
        var startup = Assert.Single(await ChangesAsync(), e => e.ActorUserId is null);

        Assert.Equal("工业过滤器销售流程", startup.Name);
        Assert.Equal(["技术确认", "样品测试", "商务谈判", "合同签署"], startup.Stages.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4], startup.Stages.Select(s => s.Position));
        var negotiation = startup.Stages.Single(s => s.Name == "商务谈判");
        Assert.Equal((8, 12), (negotiation.AmberDays, negotiation.RedDays));
        Assert.True(startup.Stages.Single(s => s.Name == "样品测试").Skippable);
        Assert.NotNull(await factory.QueryAsync(db => db.Pipelines.Select(p => p.PublishedFingerprint).SingleAsync()));
    }

    [Fact]
    public async Task Given_the_director_When_changing_a_stages_thresholds_Then_they_are_saved_logged_and_PipelineChanged_carries_them()
    {
        var director = await factory.SignInAsync("director");
        var stage = await StageAsync("合同签署");

        var saved = await director.PostFormAsync($"{Page}?handler=SaveStage&id={stage.Id}", Form(stage, "3", "6"), Page);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((3, 6), ((await StageAsync("合同签署")).AmberDays, (await StageAsync("合同签署")).RedDays));
        var directorId = await factory.UserIdAsync("director");
        var changed = Assert.Single(await ChangesAsync(), e => e.ActorUserId == directorId
            && e.Stages.Any(s => s.Name == "合同签署" && s.AmberDays == 3 && s.RedDays == 6));
        Assert.Equal(Enumerable.Range(1, changed.Stages.Count), changed.Stages.Select(s => s.Position));
        Assert.Contains(changed.Stages, s => s.Name == "商务谈判" && s.AmberDays == 8 && s.RedDays == 12);
        Assert.True(await factory.QueryAsync(db => db.OperationLog.AnyAsync(o => o.Operation == "Pipeline.StageChanged"
            && o.EntityId == stage.Id.ToString() && o.ChangesJson.Contains("RedDays"))));
        var page = await director.GetStringAsync(Page);
        Assert.Contains("name=\"redDays\" value=\"6\"", page);
    }

    [Theory]
    [InlineData("12", "10", "黄色预警天数（12）须少于红色预警天数（10）")]
    [InlineData("0", "", "黄色预警天数须为 1 到 365 的整数")]
    [InlineData("", "abc", "红色预警天数须为 1 到 365 的整数")]
    public async Task Given_bad_days_When_the_director_saves_Then_the_page_says_why_and_nothing_changes_or_is_announced(
        string amber, string red, string message)
    {
        var director = await factory.SignInAsync("director");
        var stage = await StageAsync("样品测试");
        var before = (await ChangesAsync()).Count;

        var refused = await director.PostFormAsync($"{Page}?handler=SaveStage&id={stage.Id}", Form(stage, amber, red), Page);

        Assert.Contains(message, await director.GetStringAsync(refused.Headers.Location!.OriginalString));
        var after = await StageAsync("样品测试");
        Assert.Equal((stage.Version, 8, 15), (after.Version, after.AmberDays, after.RedDays));
        Assert.Equal(before, (await ChangesAsync()).Count);
    }

    [Fact]
    public async Task Given_a_form_shown_before_another_save_When_it_is_posted_Then_it_is_refused_as_stale()
    {
        var director = await factory.SignInAsync("director");
        var shown = await StageAsync("技术确认");
        await director.PostFormAsync($"{Page}?handler=SaveStage&id={shown.Id}", Form(shown, "2", "4"), Page);

        var stale = await director.PostFormAsync($"{Page}?handler=SaveStage&id={shown.Id}", Form(shown, "5", "9"), Page);

        Assert.Contains("他人已修改此记录", await director.GetStringAsync(stale.Headers.Location!.OriginalString));
        var after = await StageAsync("技术确认");
        Assert.Equal((2, 4), (after.AmberDays, after.RedDays));
        Assert.DoesNotContain(await ChangesAsync(), e => e.Stages.Any(s => s.Name == "技术确认" && s.AmberDays == 5));
    }

    [Fact]
    public async Task Given_a_field_added_or_a_stage_added_Then_only_the_stage_change_is_announced()
    {
        var director = await factory.SignInAsync("director");
        var stage = await StageAsync("商务谈判");
        var before = (await ChangesAsync()).Count;

        await director.PostFormAsync($"{Page}?handler=AddField&id={stage.Id}",
            new() { ["label"] = "让利说明", ["type"] = "Text", ["required"] = "false" }, Page);
        Assert.Equal(before, (await ChangesAsync()).Count);
        await director.PostFormAsync($"{Page}?handler=AddStage", new() { ["name"] = "回款跟进" }, Page);

        var changes = await ChangesAsync();
        Assert.Equal(before + 1, changes.Count);
        Assert.Contains(changes, e => e.Stages.Count == 5 && e.Stages[^1] == new StageThreshold("回款跟进", 5, null, null, false));
    }

    [Fact]
    public async Task Given_deals_in_a_stage_with_thresholds_When_the_kanban_is_shown_Then_cards_are_coloured_by_days_in_stage()
    {
        var now = factory.Clock.GetCurrentInstant();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var pipeline = (await sp.GetRequiredService<PipelineQueries>().DefaultAsync(default))!;
            pipeline.Ordered.Single(s => s.Name == "技术确认").SetThresholds(8, 15);
            var customer = await db.Customers.FirstAsync(c => c.OwnerId != null && c.MergedIntoId == null);
            foreach (var (title, days) in new[] { ("阈值测试-7天", 7), ("阈值测试-8天", 8), ("阈值测试-15天", 15) })
            {
                db.Deals.Add(Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, title, null, null,
                    now - Duration.FromDays(days) - Duration.FromHours(1)));
            }
            await db.SaveChangesAsync();
        });

        var html = await (await factory.SignInAsync("director")).GetStringAsync("/Leads/Deals");

        Assert.Contains("class=\"item dwell-normal\" data-testid=\"deal-card\" data-title=\"阈值测试-7天\"", html);
        Assert.Contains("class=\"item dwell-amber\" data-testid=\"deal-card\" data-title=\"阈值测试-8天\"", html);
        Assert.Contains("class=\"item dwell-red\" data-testid=\"deal-card\" data-title=\"阈值测试-15天\"", html);
        Assert.Contains("<span class=\"tag tag-danger\">15 天</span>", html);
    }
}
