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
    public void Given_open_and_closed_leads_When_listing_open_ones_Then_nearest_deadline_first_and_no_pool_leads()
    {
        var later = Claimed("晚", Me, Now);
        var sooner = Claimed("早", Guid.NewGuid(), Now - Duration.FromHours(1));
        var assigned = Lead("分配");
        assigned.AssignTo(Me, Now);

        var open = new OpenLeadsSpec().Evaluate([Lead("公海"), later, assigned, sooner]).Select(l => l.Company).ToList();

        Assert.Equal(["分配", "早", "晚"], open);
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
