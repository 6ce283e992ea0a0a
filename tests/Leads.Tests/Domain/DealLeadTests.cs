using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Tests.Domain;

/// <summary>Which lead a deal is opened from (DealOpened.LeadId).</summary>
public sealed class DealLeadTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);
    private readonly Guid _owner = Guid.NewGuid();
    private readonly Guid _customer = Guid.NewGuid();

    private Lead LeadOf(Guid customerId)
    {
        var lead = new Lead(Guid.NewGuid(), new LeadDetails("王磊", "宁波恒达", "13800138000", "官网表单", "汽车零部件", "<50万", "PLC编程", null), Now);
        lead.LinkCustomer(customerId);
        return lead;
    }

    private Deal DealOf(Guid ownerId)
    {
        var pipeline = new Pipeline(Guid.NewGuid(), "默认");
        pipeline.AddStage(Guid.NewGuid(), "技术确认");
        return Deal.Open(Guid.NewGuid(), _customer, ownerId, pipeline, "滤芯项目", 100_000m, null, Now);
    }

    [Fact]
    public void Given_the_customers_lead_claimed_assigned_or_converted_by_the_owner_Then_it_is_the_origin()
    {
        var claimed = LeadOf(_customer);
        claimed.ClaimBy(_owner, Now, Duration.FromHours(2));
        var assigned = LeadOf(_customer);
        assigned.AssignTo(_owner, Now);
        var converted = LeadOf(_customer);
        converted.AssignTo(_owner, Now);
        converted.Convert();

        Assert.All(new[] { claimed, assigned, converted }, l => Assert.True(l.IsOriginFor(_customer, _owner)));
    }

    [Fact]
    public void Given_a_lead_in_the_pool_closed_of_another_owner_or_customer_Then_it_is_no_origin()
    {
        var pool = LeadOf(_customer);
        var closed = LeadOf(_customer);
        closed.AssignTo(_owner, Now);
        closed.Close();
        var otherOwner = LeadOf(_customer);
        otherOwner.AssignTo(Guid.NewGuid(), Now);
        var otherCustomer = LeadOf(Guid.NewGuid());
        otherCustomer.AssignTo(_owner, Now);

        Assert.All(new[] { pool, closed, otherOwner, otherCustomer }, l => Assert.False(l.IsOriginFor(_customer, _owner)));
    }

    [Fact]
    public void Given_a_deal_When_linked_to_its_origin_and_then_another_Then_it_keeps_the_first_and_refuses_a_stranger()
    {
        var deal = DealOf(_owner);
        var first = LeadOf(_customer);
        first.AssignTo(_owner, Now);
        var second = LeadOf(_customer);
        second.AssignTo(_owner, Now);
        var stranger = LeadOf(_customer);

        deal.LinkLead(first);
        deal.LinkLead(second);

        Assert.Equal(first.Id, deal.LeadId);
        Assert.Equal("Deal_LeadNotOrigin", Assert.Throws<DomainException>(() => DealOf(_owner).LinkLead(stranger)).Key);
    }
}
