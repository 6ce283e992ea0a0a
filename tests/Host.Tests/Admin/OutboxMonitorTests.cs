using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Host.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Admin;

public sealed class OutboxMonitorTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<Guid> DeadLetterAsync()
    {
        var id = Guid.NewGuid();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            var message = new OutboxMessage(id, "Tests.BrokenEvent", "{}", factory.Clock.GetCurrentInstant());
            message.MarkFailed(
                factory.Clock.GetCurrentInstant(), "handler exploded: boom-" + id.ToString("N")[..6], new OutboxOptions { MaxAttempts = 1 });
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task Given_a_dead_lettered_event_When_the_admin_requeues_it_Then_it_is_pending_again_and_logged()
    {
        var id = await DeadLetterAsync();
        var admin = await factory.SignInAsync("admin", "en");
        var page = await admin.GetStringAsync("/Admin/Outbox");
        Assert.Contains($"data-message=\"{id}\"", page);
        Assert.Contains("handler exploded: boom-" + id.ToString("N")[..6], page);
        Assert.Contains("data-context=\"HostDbContext\"", page);
        Assert.Contains("data-context=\"LeadsDbContext\"", page);

        var response = await admin.HtmxPostAsync($"/Admin/Outbox?handler=Requeue&context=HostDbContext&id={id}", new(), "/Admin/Outbox");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain($"data-message=\"{id}\"", await response.Content.ReadAsStringAsync());
        var (message, logged) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HostDbContext>();
            return (await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id),
                await db.OperationLog.AsNoTracking().AnyAsync(e => e.Operation == "Outbox.Requeue" && e.EntityId == id.ToString()));
        });
        Assert.False(message.DeadLettered);
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.ProcessedAt);
        Assert.True(logged);
    }

    [Fact]
    public async Task Given_an_unknown_database_or_message_When_requeueing_Then_it_is_not_found()
    {
        var id = await DeadLetterAsync();
        var admin = await factory.SignInAsync("admin", "en");
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.HtmxPostAsync($"/Admin/Outbox?handler=Requeue&context=NoSuchDbContext&id={id}", new(), "/Admin/Outbox")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.HtmxPostAsync($"/Admin/Outbox?handler=Requeue&context=HostDbContext&id={Guid.NewGuid()}", new(), "/Admin/Outbox"))
                .StatusCode);
    }
}
