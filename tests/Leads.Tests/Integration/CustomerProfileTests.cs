using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>The customer profile page: completeness, the edit (event, timeline), and its refusals (422, 409, 403, 404).</summary>
public sealed class CustomerProfileTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private static Dictionary<string, string> Form(Customer c, string tier = "KA", string? phone = null) => new()
    {
        ["Input.Version"] = c.Version.ToString(),
        ["Input.Name"] = c.Name,
        ["Input.ContactName"] = c.ContactName,
        ["Input.Phone"] = phone ?? c.Phone,
        ["Input.Industry"] = c.Industry ?? "",
        ["Input.CreditCode"] = "91330600MA2BXXXX7K",
        ["Input.CustomerType"] = "EndUser",
        ["Input.Tier"] = tier,
        ["Input.Address"] = "绍兴市越城区解放大道 88 号",
        ["Input.DecisionMaker"] = "陈总（总经理）",
        ["Input.BudgetBand"] = "50–200万",
        ["Input.MainCompetitor"] = "",
    };

    private Task<Customer> CustomerAsync(string name) =>
        factory.QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Name.Contains(name)));

    [Fact]
    public async Task Given_the_owner_When_filling_the_profile_Then_it_is_saved_announced_and_the_page_shows_10_of_11_with_the_missing_field()
    {
        // 中关村 has 5 of 11 in the demo (company, contact, phone, industry, type).
        var customer = await CustomerAsync("中关村");
        var client = await factory.SignInAsync("sales04", "en");
        var before = await client.GetStringAsync($"/Leads/Customers/Detail/{customer.Id}");
        Assert.Contains("5 / 11", Published.Fragment(before, "profile-score"));
        Assert.Contains("Decision maker", Published.Fragment(before, "profile-missing"));

        var url = $"/Leads/Customers/Profile/{customer.Id}";
        var response = await client.PostFormAsync(url, Form(customer), url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await CustomerAsync("中关村");
        Assert.Equal(("KA", "EndUser", "陈总（总经理）"), (saved.Tier, saved.CustomerType, saved.DecisionMaker));
        var profile = Assert.Single(await factory.EventsAsync<CustomerProfileChanged>(), e => e.CustomerId == customer.Id && e.ActorUserId != null);
        Assert.Equal((10, 11, "KA", "EndUser"), (profile.FilledKeyFields, profile.KeyFieldCount, profile.Tier, profile.CustomerType));
        Assert.Equal([CustomerProfile.Competitor], profile.MissingFields);
        var after = await client.GetStringAsync($"/Leads/Customers/Detail/{customer.Id}");
        Assert.Contains("10 / 11", Published.Fragment(after, "profile-score"));
        var missing = Published.Fragment(after, "profile-missing");
        Assert.Contains("Main competitor", missing);
        Assert.DoesNotContain("Decision maker", missing);
        Assert.Contains("Profile edited: 10 / 11 key fields filled", after);
    }

    [Fact]
    public async Task Given_a_form_shown_before_another_edit_When_saving_Then_409_and_nothing_changes()
    {
        var customer = await CustomerAsync("海天");
        var client = await factory.SignInAsync("mgr.east");
        var url = $"/Leads/Customers/Profile/{customer.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, Form(customer, tier: "Standard"), url)).StatusCode);

        var stale = await client.PostFormAsync(url, Form(customer, tier: "Tertiary"), url);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("data-testid=\"profile-message\"", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Standard", (await CustomerAsync("海天")).Tier);
    }

    [Fact]
    public async Task Given_a_short_phone_When_saving_Then_422_with_the_message_and_nothing_saved()
    {
        var customer = await CustomerAsync("娃哈哈");
        var client = await factory.SignInAsync("sales02");
        var url = $"/Leads/Customers/Profile/{customer.Id}";

        var response = await client.PostFormAsync(url, Form(customer, phone: "1234"), url);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("请填写 7–12 位数字的电话号码", await response.Content.ReadAsStringAsync());
        Assert.Equal(customer.Tier, (await CustomerAsync("娃哈哈")).Tier);
        Assert.NotEqual("1234", (await CustomerAsync("娃哈哈")).Phone);
    }

    [Fact]
    public async Task Given_another_salesperson_s_customer_When_editing_Then_404_and_a_task_role_gets_403()
    {
        var customer = await CustomerAsync("新和成");
        var url = $"/Leads/Customers/Profile/{customer.Id}";
        var other = await factory.SignInAsync("sales01");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(url, Form(customer), "/Leads/Customers")).StatusCode);
        var tech = await factory.SignInAsync("tech");
        Assert.Equal(HttpStatusCode.Forbidden, (await tech.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tech.PostFormAsync(url, Form(customer), "/Leads/Tasks")).StatusCode);
        Assert.Equal((customer.Tier, customer.Version), await factory.QueryAsync(db =>
            db.Customers.AsNoTracking().Where(c => c.Id == customer.Id).Select(c => ValueTuple.Create(c.Tier, c.Version)).SingleAsync()));
    }

    [Fact]
    public async Task Given_a_claimed_lead_When_its_first_follow_up_registers_the_customer_Then_its_profile_is_announced()
    {
        var sales01 = await factory.UserIdAsync("sales01");
        var leadId = await factory.QueryAsync(db =>
            db.Leads.Where(l => l.OwnerId == sales01 && l.Status == LeadStatus.Claimed && l.CustomerId == null).Select(l => l.Id).FirstAsync());
        var client = await factory.SignInAsync("sales01");

        var response = await client.PostFormAsync("/Leads/FollowUps/New", new()
        {
            ["Form.LeadId"] = leadId.ToString(), ["Form.Objective"] = "EstablishContact", ["Form.Summary"] = "首次电话，确认需求",
        }, $"/Leads/FollowUps/New?leadId={leadId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var customerId = (await factory.QueryAsync(db => db.Leads.SingleAsync(l => l.Id == leadId))).CustomerId!.Value;
        var profile = Assert.Single(await factory.EventsAsync<CustomerProfileChanged>(), e => e.CustomerId == customerId);
        Assert.Equal((sales01, 11), (profile.OwnerId!.Value, profile.KeyFieldCount));
        Assert.Contains(CustomerProfile.DecisionMaker, profile.MissingFields);
        Assert.Equal(profile.KeyFieldCount - profile.MissingFields.Count, profile.FilledKeyFields);
    }
}
