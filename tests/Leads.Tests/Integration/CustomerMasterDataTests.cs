using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Contracts;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>
/// Customer master data through the real host: contacts on the customer page (htmx, who may see / change them), the
/// director's customer types and profile fields on /Leads/Config/Customers, the profile edit with them (validation,
/// completeness published, duplicate warning).
/// </summary>
public sealed class CustomerMasterDataTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private const string ConfigUrl = "/Leads/Config/Customers";

    private Task<Customer> CustomerAsync(string name) =>
        factory.QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Name.Contains(name)));

    /// <summary>Signed in with the culture set explicitly (a person's language is remembered across sign-ins).</summary>
    private async Task<HttpClient> SignInAsync(string user, string culture)
    {
        var client = await factory.SignInAsync(user, culture);
        await client.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        return client;
    }

    private static Dictionary<string, string> Profile(Customer c, string? phone = null, string? type = null) => new()
    {
        ["Input.Version"] = c.Version.ToString(),
        ["Input.Name"] = c.Name,
        ["Input.ContactName"] = c.ContactName,
        ["Input.Phone"] = phone ?? c.Phone,
        ["Input.Industry"] = c.Industry ?? "",
        ["Input.CustomerType"] = type ?? c.CustomerType ?? "",
        ["Input.Tier"] = c.Tier ?? "",
        ["Input.BudgetBand"] = c.BudgetBand ?? "",
    };

    private static Dictionary<string, string> Contact(string name, string role = "DecisionMaker", int version = 0, bool primary = false) => new()
    {
        ["Input.Version"] = version.ToString(), ["Input.Name"] = name, ["Input.Role"] = role, ["Input.Phone"] = "0571-8888 6666",
        ["Input.Email"] = "contact@example.cn", ["Input.Title"] = "设备科主任", ["Input.IsPrimary"] = primary ? "true" : "false",
    };

    [Fact]
    public async Task Given_the_owner_When_adding_editing_and_removing_contacts_Then_the_panel_swaps_and_a_stale_edit_is_409()
    {
        var customer = await CustomerAsync("娃哈哈");
        var page = $"/Leads/Customers/Detail/{customer.Id}";
        var url = $"/Leads/Customers/Contacts/{customer.Id}";
        var owner = await factory.SignInAsync("sales02", "en");

        var first = await owner.HtmxPostAsync($"{url}?handler=Add", Contact("王主任"), page);
        var second = await owner.HtmxPostAsync($"{url}?handler=Add", Contact("李采购", "Purchaser", primary: true), page);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var panel = await second.Content.ReadAsStringAsync();
        Assert.Contains("Contact added.", panel);
        Assert.Contains("Purchaser", panel);
        var contacts = await factory.QueryAsync(db => db.CustomerContacts.AsNoTracking().Where(c => c.CustomerId == customer.Id).ToListAsync());
        Assert.Equal(["李采购"], contacts.Where(c => c.IsPrimary).Select(c => c.Name)); // the newer primary took the flag
        var wang = contacts.Single(c => c.Name == "王主任");

        var edited = await owner.HtmxPostAsync($"{url}?handler=Edit&contactId={wang.Id}", Contact("王建国", version: wang.Version), page);
        var stale = await owner.HtmxPostAsync($"{url}?handler=Edit&contactId={wang.Id}", Contact("王某", version: wang.Version), page);
        var bad = await owner.HtmxPostAsync($"{url}?handler=Add", Contact("赵", role: "Boss"), page);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("cust-contacts-message", await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Choose a role from the list.", await bad.Content.ReadAsStringAsync());
        var renamed = await factory.QueryAsync(db => db.CustomerContacts.AsNoTracking().SingleAsync(c => c.Id == wang.Id));
        Assert.Equal("王建国", renamed.Name);

        var removed = await owner.HtmxPostAsync(
            $"{url}?handler=Remove&contactId={wang.Id}", new() { ["version"] = renamed.Version.ToString() }, page);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.CustomerContacts.AnyAsync(c => c.Id == wang.Id)));
        var detail = await owner.GetStringAsync(page);
        Assert.Contains("Contact added: 王主任", detail);
        Assert.Contains("Contact removed: 王建国", detail);
        Assert.True(await factory.QueryAsync(db => db.OperationLog.AnyAsync(o => o.Operation == "Customer.RemoveContact")));
        var csv = await owner.GetAsync($"{url}?handler=Csv");
        Assert.Contains("李采购", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_another_salesperson_s_customer_When_reading_or_changing_contacts_Then_404_and_a_task_role_gets_403()
    {
        var customer = await CustomerAsync("娃哈哈");
        var url = $"/Leads/Customers/Contacts/{customer.Id}";
        var other = await factory.SignInAsync("sales01");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{url}?handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.HtmxPostAsync($"{url}?handler=Add", Contact("入侵者"), "/Leads/Customers")).StatusCode);
        var tech = await factory.SignInAsync("tech");
        Assert.Equal(HttpStatusCode.Forbidden, (await tech.GetAsync(url)).StatusCode);
        Assert.False(await factory.QueryAsync(db => db.CustomerContacts.AnyAsync(c => c.Name == "入侵者")));
        // Their manager sees them.
        var manager = await factory.SignInAsync("mgr.east");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Given_a_director_key_field_When_the_owner_fills_the_profile_Then_it_is_checked_counted_and_published()
    {
        var director = await factory.SignInAsync("director", "en");
        var added = await director.PostFormAsync($"{ConfigUrl}?handler=AddField",
            new() { ["field.Label"] = "床位数", ["field.Type"] = "Number", ["field.IsKey"] = "true" }, ConfigUrl);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var field = await factory.QueryAsync(db => db.ProfileFields.AsNoTracking().SingleAsync(f => f.Label == "床位数"));

        var customer = await CustomerAsync("中关村");
        var owner = await factory.SignInAsync("sales04", "en");
        var url = $"/Leads/Customers/Profile/{customer.Id}";
        var form = Profile(customer, type: "Hospital");
        form[$"Input.Fields[{field.Id}]"] = "八百";
        var refused = await owner.PostFormAsync(url, form, url);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("床位数: enter a number", await refused.Content.ReadAsStringAsync());
        Assert.Equal(customer.Version, (await CustomerAsync("中关村")).Version);

        form[$"Input.Fields[{field.Id}]"] = "800";
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync(url, form, url)).StatusCode);

        var profile = Assert.Single(await factory.EventsAsync<CustomerProfileChanged>(), e => e.CustomerId == customer.Id && e.ActorUserId != null);
        Assert.Equal((6, 12, 50, "Hospital"), (profile.FilledKeyFields, profile.KeyFieldCount, profile.CompletenessPercent, profile.CustomerType));
        var detail = await owner.GetStringAsync($"/Leads/Customers/Detail/{customer.Id}");
        Assert.Contains("6 / 12", Published.Fragment(detail, "profile-score"));
        Assert.Contains("800", detail);
        Assert.Contains("50%", Published.Fragment(await owner.GetStringAsync("/Leads/Customers?q=中关村"), "cust-completeness", "</span>"));
    }

    [Fact]
    public async Task Given_a_new_phone_of_another_customer_When_saving_the_profile_Then_it_is_saved_with_a_duplicate_warning()
    {
        var other = await CustomerAsync("海天");
        var customer = await CustomerAsync("新和成");
        var manager = await factory.SignInAsync("director", "en");
        var url = $"/Leads/Customers/Profile/{customer.Id}";

        var saved = await manager.PostFormAsync(url, Profile(customer, phone: other.Phone), url);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await manager.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains($"is also used by {other.Code}", page);
        Assert.Equal(other.NormalizedPhone, (await CustomerAsync("新和成")).NormalizedPhone);
    }

    [Fact]
    public async Task Given_the_director_When_configuring_customer_types_Then_added_renamed_and_deactivated_types_show_on_the_profile()
    {
        var director = await factory.SignInAsync("director", "en");
        var add = await director.PostFormAsync($"{ConfigUrl}?handler=AddType", new() { ["code"] = "Clinic", ["name"] = "诊所" }, ConfigUrl);
        var taken = await director.HtmxPostAsync($"{ConfigUrl}?handler=AddType", new() { ["code"] = "clinic", ["name"] = "x" }, ConfigUrl);
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        var types = await factory.QueryAsync(db => db.CustomerTypeOptions.AsNoTracking().ToListAsync());
        Assert.Contains(types, t => t.Code == "Hospital"); // the built-in ones were stored with the first change
        var integrator = types.Single(t => t.Code == "Integrator");

        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"{ConfigUrl}?handler=TypeActive&code=Integrator",
            new() { ["active"] = "false", ["version"] = integrator.Version.ToString() }, ConfigUrl)).StatusCode);
        var stale = await director.PostFormAsync($"{ConfigUrl}?handler=RenameType&code=Integrator",
            new() { ["name"] = "系统集成商", ["version"] = integrator.Version.ToString() }, ConfigUrl);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("cust-config-stale", await stale.Content.ReadAsStringAsync());

        var customer = await CustomerAsync("中关村");
        var form = await (await factory.SignInAsync("sales04")).GetStringAsync($"/Leads/Customers/Profile/{customer.Id}");
        Assert.Contains("诊所", form);
        Assert.Contains("value=\"Hospital\"", form);
        Assert.DoesNotContain("value=\"Integrator\"", form);

        var sales = await factory.SignInAsync("sales04");
        var refused = await sales.PostFormAsync($"{ConfigUrl}?handler=AddType", new() { ["code"] = "X", ["name"] = "x" }, "/Leads");
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden
            || refused.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(await factory.QueryAsync(db => db.CustomerTypeOptions.Select(t => t.Code).ToListAsync()), c => c == "X");
    }

    [Fact]
    public async Task Given_two_fields_When_moving_one_with_an_old_form_Then_409_and_the_order_is_kept()
    {
        var director = await factory.SignInAsync("director");
        foreach (var label in new[] { "科室数", "采购周期" })
        {
            await director.PostFormAsync($"{ConfigUrl}?handler=AddField", new() { ["field.Label"] = label, ["field.Type"] = "Text" }, ConfigUrl);
        }
        var second = await factory.QueryAsync(db => db.ProfileFields.AsNoTracking().SingleAsync(f => f.Label == "采购周期"));
        var move = new Dictionary<string, string> { ["version"] = second.Version.ToString(), ["direction"] = "-1" };

        var moved = await director.PostFormAsync($"{ConfigUrl}?handler=MoveField&id={second.Id}", move, ConfigUrl);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var stale = await director.PostFormAsync($"{ConfigUrl}?handler=MoveField&id={second.Id}", move, ConfigUrl);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var order = await factory.QueryAsync(db => db.ProfileFields.AsNoTracking().OrderBy(f => f.Position).Select(f => f.Label).ToListAsync());
        Assert.True(order.IndexOf("采购周期") < order.IndexOf("科室数"));
    }

    [Theory]
    [InlineData("zh-CN", "联系人", "客户主数据")]
    [InlineData("en", "Contacts", "Customer master data")]
    public async Task Given_each_language_Then_the_customer_page_contacts_and_configuration_render(string culture, string contacts, string config)
    {
        var customer = await CustomerAsync("中关村");
        var owner = await SignInAsync("sales04", culture);
        var detail = await owner.GetStringAsync($"/Leads/Customers/Detail/{customer.Id}");
        Assert.Contains(contacts, Published.Fragment(detail, "cust-contacts", "</h2>"));
        Assert.Contains("data-testid=\"cust-contact-add\"", detail);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/Leads/Customers/Contacts/{customer.Id}")).StatusCode);
        var director = await SignInAsync("director", culture);
        var page = await director.GetStringAsync(ConfigUrl);
        Assert.Contains(config, page);
        Assert.Contains("data-testid=\"cust-types\"", page);
        Assert.Contains("cust-config-link", await director.GetStringAsync("/Leads/Config"));
    }
}
