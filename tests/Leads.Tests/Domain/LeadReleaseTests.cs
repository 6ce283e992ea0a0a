using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class LeadReleaseTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);

    private static Lead NewLead() =>
        new(Guid.NewGuid(), new LeadDetails("王磊", "宁波恒达", "13800138000", "官网表单", "汽车零部件", "<50万", "PLC编程", null),
            Now);

    [Fact]
    public void Given_a_claimed_lead_When_released_Then_it_is_back_in_the_pool_and_the_former_owner_is_returned()
    {
        var owner = Guid.NewGuid();
        var lead = NewLead();
        lead.ClaimBy(owner, Now, Duration.FromHours(2));
        lead.Qualify(Now + Duration.FromMinutes(5));

        Assert.Equal(owner, lead.ReleaseToPool());
        Assert.Equal((LeadStatus.Pool, (Guid?)null, (Instant?)null, (Instant?)null, (Instant?)null),
            (lead.Status, lead.OwnerId, lead.ClaimedAt, lead.ReleaseDeadline, lead.QualifiedAt));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Given_a_lead_not_claimed_When_released_Then_it_is_refused_and_unchanged(bool assigned)
    {
        var lead = NewLead();
        var owner = Guid.NewGuid();
        if (assigned)
        {
            lead.AssignTo(owner, Now);
        }
        var refusal = Assert.Throws<DomainException>(() => lead.ReleaseToPool());
        Assert.Equal("Lead_Error_NotClaimed", refusal.Key);
        Assert.Equal(assigned ? LeadStatus.Assigned : LeadStatus.Pool, lead.Status);
    }

    [Fact]
    public void Given_a_pool_lead_When_claimed_Then_it_is_the_claimants_until_the_window_ends_unqualified()
    {
        var user = Guid.NewGuid();
        var lead = NewLead();
        lead.ClaimBy(user, Now, Duration.FromMinutes(90));

        Assert.Equal((LeadStatus.Claimed, (Guid?)user, (Instant?)Now, (Instant?)(Now + Duration.FromMinutes(90)), (Instant?)null),
            (lead.Status, lead.OwnerId, lead.ClaimedAt, lead.ReleaseDeadline, lead.QualifiedAt));
    }

    [Fact]
    public void Given_a_claimed_lead_When_claimed_again_Then_the_refusal_is_the_lost_claim()
    {
        var lead = NewLead();
        lead.ClaimBy(Guid.NewGuid(), Now, Duration.FromHours(2));
        Assert.Equal("Pool_ClaimLost", Assert.Throws<DomainException>(() => lead.ClaimBy(Guid.NewGuid(), Now, Duration.FromHours(2))).Key);
    }
}
