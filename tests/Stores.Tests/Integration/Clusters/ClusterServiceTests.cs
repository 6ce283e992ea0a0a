using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Stores.Application.Clusters;
using SalesSuite.Stores.Background;
using SalesSuite.Stores.Contracts;
using SalesSuite.Stores.Domain;
using SalesSuite.Testing;
using static SalesSuite.Stores.Tests.Integration.Clusters.ClusterKit;

namespace SalesSuite.Stores.Tests.Integration.Clusters;

/// <summary>Issue clustering on real SQLite: each test has its own category, so counts never mix.</summary>
public sealed class ClusterServiceTests(StoresAppFactory app) : IClassFixture<StoresAppFactory>
{
    private Task<ClusterEvaluation> EvaluateAsync(LocalDate day) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ClusterService>().EvaluateAsync(day, CancellationToken.None));

    private Task<List<IssueCluster>> ClustersAsync(string category) =>
        app.DbAsync(db => db.Clusters.AsNoTracking().Where(c => c.CategoryCode == category).ToListAsync());

    [Fact]
    public async Task Given_15_lines_in_a_week_When_evaluated_and_the_work_ticks_again_Then_one_cluster_one_event_and_a_playbook_per_store()
    {
        var category = await app.CategoryAsync();
        var (first, second) = (await app.StoreAsync(), await app.StoreAsync());
        await app.FeedbackAsync(first, Monday, category, lines: 10);
        await app.FeedbackAsync(second, Monday.PlusDays(6), category, lines: 5);

        var evaluated = await EvaluateAsync(Monday.PlusDays(2));
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<ClusterWork>().TickAsync(CancellationToken.None));

        Assert.Equal(1, evaluated.Raised);
        Assert.Equal(0, again.Raised);
        var cluster = Assert.Single(await ClustersAsync(category));
        Assert.Equal((15, 15, Monday), (cluster.Count, cluster.Threshold, cluster.WeekStart));
        Assert.Equal([first, second], cluster.StoreIds);
        var tasks = await app.DbAsync(db => db.Tasks.AsNoTracking().Where(t => t.SourceId == cluster.Id).ToListAsync());
        Assert.Equal(new[] { first, second }.Order(), tasks.Select(t => t.StoreId).Order());
        Assert.All(tasks, t => Assert.Equal((StoreTaskKind.Playbook, "价格异议应对话术"), (t.Kind, t.Title)));
        var raised = (await app.PublishedAsync<IssueClusterRaised>()).Where(e => e.CategoryCode == category).ToList();
        var evt = Assert.Single(raised);
        Assert.Equal((15, 15, 2, true), (evt.Count, evt.Threshold, evt.StoreIds.Count, evt.PlaybookPushed));
        var notes = (await app.PublishedAsync<NotificationRequested>())
            .Where(n => n.Arguments.Count > 0 && n.Arguments[0].Contains(category)).ToList();
        var store01 = await app.UserIdAsync("store01");
        Assert.Single(notes, n => n.TextKey == "Cluster_Notify_Task" && n.RecipientUserId == store01);
        Assert.Single(notes, n => n.TextKey == "Cluster_Notify_Raised" && n.RecipientRole == Roles.SalesDirector);
    }

    [Fact]
    public async Task Given_14_lines_in_the_week_and_the_15th_on_the_next_Monday_Then_no_week_clusters()
    {
        var category = await app.CategoryAsync();
        var store = await app.StoreAsync();
        await app.FeedbackAsync(store, Monday, category, lines: 13);
        await app.FeedbackAsync(store, Monday.PlusDays(6), category, lines: 1);
        await app.FeedbackAsync(store, Monday.PlusDays(7), category, lines: 1);

        var thisWeek = await EvaluateAsync(Monday.PlusDays(6));
        var nextWeek = await EvaluateAsync(Monday.PlusDays(7));

        Assert.Equal((0, 0), (thisWeek.Raised, nextWeek.Raised));
        Assert.Empty(await ClustersAsync(category));
    }

    [Fact]
    public async Task Given_a_raised_cluster_When_another_store_reports_the_category_later_that_week_Then_it_joins_with_a_task_and_no_second_event()
    {
        var director = await app.UserIdAsync("director");
        var category = await app.CategoryAsync(threshold: 3, responsible: director);
        var (first, later) = (await app.StoreAsync(), await app.StoreAsync(manager: null));
        await app.FeedbackAsync(first, Monday, category, lines: 3);
        await EvaluateAsync(Monday);

        await app.FeedbackAsync(later, Monday.PlusDays(2), category);
        var joined = await EvaluateAsync(Monday.PlusDays(2));
        var again = await EvaluateAsync(Monday.PlusDays(2));

        Assert.Equal((0, 1, 0), (joined.Raised, joined.StoresAdded, again.StoresAdded));
        var cluster = Assert.Single(await ClustersAsync(category));
        Assert.Equal([first, later], cluster.StoreIds);
        Assert.Equal(director, cluster.ResponsibleUserId);
        Assert.Equal(2, await app.DbAsync(db => db.Tasks.CountAsync(t => t.SourceId == cluster.Id)));
        Assert.Single(await app.PublishedAsync<IssueClusterRaised>(), e => e.CategoryCode == category);
        Assert.Single(await app.PublishedAsync<NotificationRequested>(), n => n.TextKey == "Cluster_Notify_Raised"
            && n.RecipientUserId == director && n.Arguments[0].Contains(category));
    }

    [Fact]
    public async Task Given_two_evaluations_at_the_same_time_Then_one_cluster_is_raised_and_neither_fails()
    {
        var category = await app.CategoryAsync(threshold: 2);
        var store = await app.StoreAsync();
        await app.FeedbackAsync(store, Monday, category, lines: 2);

        var results = await Task.WhenAll(EvaluateAsync(Monday), EvaluateAsync(Monday), EvaluateAsync(Monday));

        Assert.Equal(1, results.Sum(r => r.Raised));
        Assert.Single(await ClustersAsync(category));
        Assert.Single(await app.PublishedAsync<IssueClusterRaised>(), e => e.CategoryCode == category);
    }
}
