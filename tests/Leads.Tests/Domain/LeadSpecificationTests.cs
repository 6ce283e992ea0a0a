using NodaTime;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Domain.Specifications;

namespace SalesSuite.Leads.Tests.Domain;

public sealed class LeadSpecificationTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 1, 0);
    private static readonly Guid Me = Guid.NewGuid();

    private static Lead Lead(string company) =>
        new(Guid.NewGuid(), new LeadDetails("王磊", company, "13800138000", "官网表单", null, null, null, null), Now);

    private static Lead Claimed(string company, Guid owner, Instant at)
    {
        var lead = Lead(company);
        lead.ClaimBy(owner, at, Duration.FromHours(2));
        return lead;
    }

    [Fact]
    public void Given_claims_of_different_ages_When_release_is_due_Then_only_idle_expired_claims_match_the_aggregate_rule()
    {
        var expired = Claimed("过期", Me, Now - Duration.FromHours(3));
        var qualified = Claimed("已跟进", Me, Now - Duration.FromHours(3));
        qualified.Qualify(Now - Duration.FromHours(2));
        var fresh = Claimed("刚领取", Me, Now);
        var pool = Lead("公海");
        List<Lead> all = [expired, qualified, fresh, pool];

        var due = new ReleaseDueSpec(Now).Evaluate(all).ToList();

        Assert.Equal([expired], due);
        Assert.Equal(all.Where(l => l.IsReleaseDue(Now)), due);
    }

    [Fact]
    public void Given_leads_in_every_status_When_listing_open_ones_Then_claimed_and_assigned_only_narrowed_by_status_and_source()
    {
        var claimed = Claimed("领取", Me, Now);
        var assigned = Lead("分配");
        assigned.AssignTo(Me, Now);
        var converted = Lead("转化");
        converted.AssignTo(Me, Now);
        converted.Convert();
        var other = new Lead(Guid.NewGuid(), new LeadDetails("李娜", "展会", "13800138001", "展会扫码", null, null, null, null), Now);
        other.AssignTo(Me, Now);
        List<Lead> all = [Lead("公海"), claimed, assigned, converted, other];

        string[] Names(OpenLeadsSpec spec) => spec.Evaluate(all).Select(l => l.Company).Order().ToArray();

        Assert.Equal(new[] { "分配", "展会", "领取" }.Order(), Names(new OpenLeadsSpec()));
        Assert.Equal(["领取"], Names(new OpenLeadsSpec(LeadStatus.Claimed)));
        Assert.Equal(new[] { "分配", "展会" }.Order(), Names(new OpenLeadsSpec(LeadStatus.Assigned)));
        Assert.Equal(["展会"], Names(new OpenLeadsSpec(source: "展会扫码")));
        Assert.Equal(new[] { "分配", "展会", "领取" }.Order(), Names(new OpenLeadsSpec(LeadStatus.Pool)));
    }

    [Fact]
    public void Given_claims_of_two_people_When_counting_mine_Then_assigned_and_others_do_not_count()
    {
        var assigned = Lead("分配");
        assigned.AssignTo(Me, Now);
        List<Lead> leads = [Claimed("甲", Me, Now), Claimed("乙", Me, Now), Claimed("丙", Guid.NewGuid(), Now), assigned];
        Assert.Equal(2, new OpenClaimsOfSpec(Me).Evaluate(leads).Count());
    }
}
