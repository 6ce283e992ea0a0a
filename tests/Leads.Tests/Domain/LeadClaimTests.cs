using NodaTime;
using NodaTime.Testing;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class LeadClaimTests
{
    private static Lead NewLead(Instant at) =>
        new(Guid.NewGuid(), new LeadDetails("王磊", "宁波恒达", "13800138000", "官网表单", "汽车零部件", "<50万", "PLC编程", null),
            at);

    [Fact]
    public void Given_a_claim_When_the_window_has_not_passed_Then_release_is_not_due()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 1, 0));
        var lead = NewLead(clock.GetCurrentInstant());
        lead.ClaimBy(Guid.NewGuid(), clock.GetCurrentInstant(), Duration.FromHours(2));
        clock.Advance(Duration.FromMinutes(119));
        Assert.False(lead.IsReleaseDue(clock.GetCurrentInstant()));
        clock.Advance(Duration.FromMinutes(1));
        Assert.True(lead.IsReleaseDue(clock.GetCurrentInstant()));
    }

    [Fact]
    public void Given_a_follow_up_within_the_window_When_the_window_passes_Then_release_is_not_due()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 1, 0));
        var lead = NewLead(clock.GetCurrentInstant());
        lead.ClaimBy(Guid.NewGuid(), clock.GetCurrentInstant(), Duration.FromHours(2));
        clock.Advance(Duration.FromMinutes(30));
        lead.Qualify(clock.GetCurrentInstant());
        clock.Advance(Duration.FromHours(5));
        Assert.False(lead.IsReleaseDue(clock.GetCurrentInstant()));
    }

    [Fact]
    public void Given_a_claimed_lead_When_claimed_again_Then_it_is_refused()
    {
        var now = Instant.FromUtc(2026, 11, 23, 1, 0);
        var lead = NewLead(now);
        lead.ClaimBy(Guid.NewGuid(), now, Duration.FromHours(2));
        Assert.Throws<DomainException>(() => lead.ClaimBy(Guid.NewGuid(), now, Duration.FromHours(2)));
    }

    [Fact]
    public void Given_a_released_lead_When_back_in_the_pool_Then_owner_and_deadline_are_cleared()
    {
        var now = Instant.FromUtc(2026, 11, 23, 1, 0);
        var lead = NewLead(now);
        lead.ClaimBy(Guid.NewGuid(), now, Duration.FromHours(2));
        lead.ReleaseToPool();
        Assert.Equal(LeadStatus.Pool, lead.Status);
        Assert.Null(lead.OwnerId);
        Assert.Null(lead.ReleaseDeadline);
    }
}
