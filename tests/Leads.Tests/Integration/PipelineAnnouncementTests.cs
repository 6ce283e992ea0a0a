using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Config;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Its own host: the start-up announcement finds a pipeline whose stages changed without being announced.</summary>
public sealed class PipelineAnnouncementTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_a_pipeline_changed_outside_the_commands_When_the_startup_announcement_runs_Then_it_is_announced_once()
    {
        await factory.QueryAsync(db => db.Stages.Where(s => s.Name == "样品测试").ExecuteUpdateAsync(s => s.SetProperty(x => x.Skippable, false)));
        var before = (await factory.PipelineChangesAsync()).Count;
        Assert.Equal(1, before);

        var first = await factory.InScopeAsync(sp => sp.GetRequiredService<PipelineCommands>().AnnounceUnpublishedAsync(default));
        var second = await factory.InScopeAsync(sp => sp.GetRequiredService<PipelineCommands>().AnnounceUnpublishedAsync(default));

        Assert.Equal((1, 0), (first, second));
        var changes = await factory.PipelineChangesAsync();
        Assert.Equal(before + 1, changes.Count);
        Assert.Contains(changes, e => e.ActorUserId is null && e.Stages.Any(s => s.Name == "样品测试" && !s.Skippable));
    }
}
