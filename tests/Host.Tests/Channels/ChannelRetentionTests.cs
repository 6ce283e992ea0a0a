using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.Host.Notifications.Channels;

namespace SalesSuite.Host.Tests.Channels;

/// <summary>The delivery log's retention on real SQLite: old Sent rows go, Failed rows stay longer, Pending rows always stay.</summary>
public sealed class ChannelRetentionTests(ChannelAppFactory app) : IClassFixture<ChannelAppFactory>
{
    private async Task<Dictionary<string, Guid>> SeedAsync()
    {
        var now = app.Clock.GetCurrentInstant();
        var rows = new Dictionary<string, ChannelDelivery>();
        ChannelDelivery Row(string name, int createdDaysAgo)
        {
            var row = new ChannelDelivery(Guid.NewGuid(), Guid.NewGuid(), DeliveryChannel.WeCom, now - Duration.FromDays(createdDaysAgo));
            rows[name] = row;
            return row;
        }
        for (var i = 0; i < 5; i++)
        {
            Row($"sent-old-{i}", 45).MarkSent(now - Duration.FromDays(31 + i));
        }
        Row("sent-recent", 45).MarkSent(now - Duration.FromDays(29));
        Row("failed-old", 200).MarkFailed(now - Duration.FromDays(199), "boom", maxAttempts: 0);
        Row("failed-recent", 60).MarkFailed(now - Duration.FromDays(59), "boom", maxAttempts: 0);
        Row("pending-old", 400);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            db.ChannelDeliveries.AddRange(rows.Values);
            await db.SaveChangesAsync();
        });
        return rows.ToDictionary(r => r.Key, r => r.Value.Id);
    }

    private Task<List<Guid>> LeftAsync(IEnumerable<Guid> ids) => app.InScopeAsync(async sp =>
    {
        var wanted = ids.ToList();
        return await sp.GetRequiredService<HostDbContext>().ChannelDeliveries.Where(d => wanted.Contains(d.Id)).Select(d => d.Id).ToListAsync();
    });

    [Fact]
    public async Task Given_old_and_recent_deliveries_When_the_retention_pass_runs_in_small_batches_Then_only_old_sent_and_old_failed_rows_go()
    {
        var rows = await SeedAsync();

        var deleted = await app.InScopeAsync(sp => new ChannelRetention(sp.GetRequiredService<HostDbContext>(), app.Clock,
            Options.Create(new ChannelOptions { SentRetentionDays = 30, FailedRetentionDays = 180, RetentionBatchSize = 2 })).PurgeAsync(default));

        Assert.True(deleted >= 6, $"deleted {deleted}");
        var left = await LeftAsync(rows.Values);
        Assert.Equal(
            new[] { "failed-recent", "pending-old", "sent-recent" },
            rows.Where(r => left.Contains(r.Value)).Select(r => r.Key).Order().ToArray());
    }

    [Fact]
    public async Task Given_failed_retention_0_When_the_registered_pass_runs_Then_failed_rows_are_kept_until_requeued()
    {
        var rows = await SeedAsync();

        await app.InScopeAsync(sp => new ChannelRetention(sp.GetRequiredService<HostDbContext>(), app.Clock,
            Options.Create(new ChannelOptions { FailedRetentionDays = 0 })).PurgeAsync(default));

        var kept = await LeftAsync(rows.Values);
        Assert.Contains(rows["failed-old"], kept);
        Assert.DoesNotContain(rows["sent-old-0"], kept);
        // The registered pass (default options: 30 days sent, 180 days failed) is what the hosted loop runs.
        Assert.True(await app.InScopeAsync(sp => sp.GetRequiredService<ChannelRetention>().PurgeAsync(default)) >= 1);
        var left = await LeftAsync(rows.Values);
        Assert.DoesNotContain(rows["failed-old"], left);
        Assert.Contains(rows["failed-recent"], left);
    }
}
