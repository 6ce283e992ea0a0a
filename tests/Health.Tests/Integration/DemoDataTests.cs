using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Tests.Integration;

/// <summary>The demo history tells the seeds' stories.</summary>
public sealed class DemoDataTests(HealthDemoAppFactory app) : IClassFixture<HealthDemoAppFactory>
{
    [Fact]
    public async Task Given_the_demo_When_the_host_starts_Then_legal_review_is_the_largest_share_of_approval_delay()
    {
        var delays = await app.InScopeAsync(sp => sp.GetRequiredService<HealthDbContext>().Steps.AsNoTracking()
            .GroupBy(s => new { s.Kind, s.Step }).Select(g => new { g.Key.Kind, g.Key.Step, Delay = g.Sum(s => s.DelayHours), Count = g.Count() })
            .ToListAsync());

        var top = delays.OrderByDescending(d => d.Delay).First();
        Assert.Equal((StepKind.Approval, "Legal"), (top.Kind, top.Step));
        Assert.True(delays.Count(d => d.Kind == StepKind.Stage) >= 3);
        Assert.Contains(delays, d => d.Kind == StepKind.HandOff);
        Assert.Contains(delays, d => d.Kind == StepKind.Milestone);
        Assert.Contains(delays, d => d.Kind == StepKind.Task);
    }
}
