using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Health.Application.Archive;
using SalesSuite.Health.Data;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>The archive page and the rebuild: director and admin only, same numbers after, one at a time, and the command line.</summary>
public sealed class ArchiveTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private const string Page = "/Health/Archive";

    private async Task ConsumeStoryAsync(string sales)
    {
        foreach (var e in new ProcessStory().Build(await app.UserIdAsync(sales), await app.UserIdAsync("legal")))
        {
            await app.ConsumeAsync((dynamic)e);
        }
    }

    private Task<int> RunsAsync() => app.InScopeAsync(sp => sp.GetRequiredService<HealthDbContext>().RebuildRuns.CountAsync());

    private static bool Denied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("AccessDenied") == true);

    [Theory]
    [InlineData("mgr.east")]
    [InlineData("sales01")]
    [InlineData("gm")]
    public async Task Given_someone_not_director_or_admin_When_they_open_the_archive_or_post_a_rebuild_Then_they_are_refused(string user)
    {
        using var client = await app.SignInAsync(user, "en");
        var runs = await RunsAsync();

        Assert.True(Denied(await client.GetAsync(Page)));
        Assert.True(Denied(await client.GetAsync(Page + "?handler=Csv")));
        Assert.True(Denied(await client.PostFormAsync(Page + "?handler=Rebuild", new() { ["confirm"] = "true" })));
        Assert.Equal(runs, await RunsAsync());
        var landing = await client.GetAsync("/Health");
        Assert.DoesNotContain("link-archive", await landing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_consumed_history_When_the_director_rebuilds_from_the_page_Then_the_numbers_are_the_same_and_the_run_is_shown()
    {
        await ConsumeStoryAsync("sales03");
        var before = await app.DumpAsync();
        var (archived, stageChanges) = await app.InScopeAsync(async sp =>
        {
            var archive = sp.GetRequiredService<HealthDbContext>().Archive;
            return (await archive.CountAsync(), await archive.CountAsync(a => a.Type.Contains(".DealStageChanged,")));
        });
        using var director = await app.SignInAsync("director", "en");
        Assert.Contains("data-testid=\"link-archive\"", await director.GetStringAsync("/Health"), StringComparison.Ordinal);
        var page = await director.GetStringAsync(Page);
        Assert.Contains($"data-testid=\"archive-events\">{archived}<", page, StringComparison.Ordinal);
        Assert.Contains($"<td>DealStageChanged</td><td>{stageChanges}</td>", page, StringComparison.Ordinal);

        var response = await director.PostFormAsync(Page + "?handler=Rebuild", new() { ["confirm"] = "true" }, Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await app.DumpAsync());
        var after = await director.GetStringAsync(Page);
        Assert.Contains($"Rebuilt: {archived} events replayed (0 unreadable)", after, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"last-rebuild-events\">{archived}<", after, StringComparison.Ordinal);
        Assert.Contains("周敏", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_no_confirmation_When_the_director_posts_a_rebuild_Then_nothing_runs_and_they_are_told_to_confirm()
    {
        using var director = await app.SignInAsync("director", "en");
        var runs = await RunsAsync();

        var response = await director.PostFormAsync(Page + "?handler=Rebuild", [], Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Tick the confirmation box", await director.GetStringAsync(Page), StringComparison.Ordinal);
        Assert.Equal(runs, await RunsAsync());
    }

    [Fact]
    public async Task Given_a_rebuild_running_When_the_admin_clicks_rebuild_again_Then_they_are_told_it_is_running_and_no_second_one_starts()
    {
        using var admin = await app.SignInAsync("admin", "en");
        var runs = await RunsAsync();
        var gate = app.Services.GetRequiredService<RebuildGate>();
        Assert.True(gate.TryEnter());
        try
        {
            var response = await admin.PostFormAsync(Page + "?handler=Rebuild", new() { ["confirm"] = "true" }, Page);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("A rebuild is already running", await admin.GetStringAsync(Page), StringComparison.Ordinal);
            Assert.Equal(runs, await RunsAsync());
        }
        finally
        {
            gate.Exit();
        }
    }

    [Fact]
    public async Task Given_a_rebuild_under_way_When_a_second_one_is_started_Then_it_is_refused_and_exactly_one_runs()
    {
        await ConsumeStoryAsync("sales04");
        var runs = await RunsAsync();
        var gate = app.Services.GetRequiredService<RebuildGate>();

        async Task<string> RebuildAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<ArchiveCommands>().RebuildFromCommandLineAsync(CancellationToken.None);
                return "done";
            }
            catch (DomainException refusal)
            {
                return refusal.Key;
            }
        }
        // Another writer holds the database: the first rebuild enters, then waits to record its start.
        await using var blocker = new SqliteConnection($"Data Source={Path.Combine(app.DataFolder, "health.db")}");
        await blocker.OpenAsync();
        using var hold = blocker.BeginTransaction(deferred: false);
        var first = Task.Run(RebuildAsync);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!gate.IsHeld && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }
        Assert.True(gate.IsHeld);

        var second = await RebuildAsync();
        hold.Rollback();

        Assert.Equal("Rebuild_Error_Running", second);
        Assert.Equal("done", await first);
        Assert.Equal(runs + 1, await RunsAsync());
    }

    [Fact]
    public async Task Given_the_command_line_health_rebuild_When_run_Then_it_rebuilds_prints_the_numbers_and_records_the_run()
    {
        await ConsumeStoryAsync("sales05");
        var before = await app.DumpAsync();
        app.Clock.Advance(NodaTime.Duration.FromMinutes(5)); // this run starts after every earlier one
        var command = ModuleCommands.Find(app.Services.GetServices<ModuleCommand>(), ["--urls", "http://127.0.0.1:1", "health", "rebuild"]);
        Assert.NotNull(command);
        Assert.Null(ModuleCommands.Find(app.Services.GetServices<ModuleCommand>(), ["--environment=Testing"]));
        var output = new StringWriter();

        var code = await ModuleCommands.RunAsync(app.Services, command, output, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Matches(@"^Health rebuild: \d+ events replayed, 0 unreadable, [\d.]+ s", output.ToString());
        Assert.Equal(before, await app.DumpAsync());
        var last = await app.InScopeAsync(sp => sp.GetRequiredService<HealthDbContext>().RebuildRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.FinishedAt).FirstAsync());
        Assert.Null(last.ByUserId);
        Assert.NotNull(last.FinishedAt);
        Assert.True(last.Events > 0);
    }
}
