using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Health.Application.Archive;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.Testing;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>
/// The heatmap's sums and medians are cached per process stamp and reader's scope: a repeated request computes nothing, a
/// new sample shows on the next request, a rebuild gives the same page, and a manager never gets the director's cells.
/// </summary>
public sealed class HeatmapCacheTests(HealthAppFactory app) : IClassFixture<HealthAppFactory>
{
    private const string Page = "/Health/Heatmap?by=person&metric=breach";

    private async Task StoryAsync(string user)
    {
        var (owner, legal) = (await app.UserIdAsync(user), await app.UserIdAsync("legal"));
        foreach (var e in new ProcessStory().Build(owner, legal))
        {
            await app.ConsumeAsync((dynamic)e);
        }
    }

    private long Computed => app.Services.GetRequiredService<StampedCache<HealthModule>>().Computed;

    /// <summary>The number of records in the person's Legal review cell (its title), or 0 when the cell is empty.</summary>
    private async Task<int> LegalRecordsAsync(HttpClient client, string user)
    {
        var html = await client.GetStringAsync(Page);
        var row = html[html.IndexOf("data-kind=\"Approval\" data-step=\"Legal\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var match = Regex.Match(row, $"data-column=\"{await app.UserIdAsync(user)}\"\\s+title=\"(\\d+) records");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The matrix and the suggestions of the page (without the layout, whose antiforgery token differs per request).</summary>
    private static string Body(string html)
    {
        var start = html.IndexOf("<div id=\"matrix\"", StringComparison.Ordinal);
        var end = html.IndexOf("</section>", html.IndexOf("data-testid=\"suggestions\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public async Task Given_an_open_heatmap_When_it_is_asked_again_and_then_a_sample_arrives_Then_the_repeat_is_free_and_the_sample_shows_at_once()
    {
        await StoryAsync("sales08");
        using var director = await app.SignInAsync("director", "en");
        Assert.Equal(1, await LegalRecordsAsync(director, "sales08"));

        var computed = Computed;
        Assert.Equal(1, await LegalRecordsAsync(director, "sales08"));
        Assert.Equal(computed, Computed);

        await StoryAsync("sales08");
        Assert.Equal(2, await LegalRecordsAsync(director, "sales08"));
        Assert.True(Computed > computed);
    }

    [Fact]
    public async Task Given_the_director_s_heatmap_in_the_cache_When_a_regional_manager_opens_it_Then_only_their_team_shows()
    {
        await StoryAsync("sales04");
        await StoryAsync("sales01");
        using var director = await app.SignInAsync("director", "en");
        var all = await director.GetStringAsync(Page);
        Assert.Contains("张伟 Zhang Wei", all);
        Assert.Contains("赵磊 Zhao Lei", all);

        using var north = await app.SignInAsync("mgr.north", "en");
        var theirs = await north.GetStringAsync(Page);
        Assert.Contains("赵磊 Zhao Lei", theirs);
        Assert.DoesNotContain("张伟 Zhang Wei", theirs);
        Assert.DoesNotContain($"data-column=\"{await app.UserIdAsync("sales01")}\"", theirs);
    }

    [Fact]
    public async Task Given_a_projected_history_When_health_is_rebuilt_Then_the_totals_and_the_heatmap_are_the_same_and_computed_afresh()
    {
        await StoryAsync("sales09");
        await StoryAsync("sales05");
        using var director = await app.SignInAsync("director", "en");
        var before = (await app.DumpAsync(), Body(await director.GetStringAsync(Page)), Body(await director.GetStringAsync(Page + "&weeks=4")));
        Assert.Contains("data-testid=\"heat-cell\"", before.Item2, StringComparison.Ordinal);
        Assert.Contains("step-total ", before.Item1, StringComparison.Ordinal);
        var computed = Computed;

        await app.InScopeAsync(sp => sp.GetRequiredService<RebuildService>().RebuildAsync(CancellationToken.None));

        var after = (await app.DumpAsync(), Body(await director.GetStringAsync(Page)), Body(await director.GetStringAsync(Page + "&weeks=4")));
        Assert.Equal(before, after);
        Assert.True(Computed > computed);
    }
}
