using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class IntakeTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string handler, string csv)
    {
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Leads/Import"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "leads.csv" },
        };
        return await client.PostAsync($"/Leads/Import?handler={handler}", content);
    }

    private const string Header = "contact,company,phone,source,industry,budget,need,notes\n";

    [Fact]
    public async Task Given_a_csv_with_one_bad_row_When_previewing_and_forcing_import_Then_errors_are_listed_and_nothing_is_imported()
    {
        var client = await factory.SignInAsync("sales03");
        var before = await factory.QueryAsync(db => db.Leads.CountAsync());
        var csv = Header + "钱进,温州精工阀门有限公司,13911112222,官网表单,化工,<50万,标准选型,\n孙红,,12ab,不存在的来源,,,,\n";

        var preview = await UploadAsync(client, "Preview", csv);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("data-testid=\"import-blocked\"", html);
        Assert.Contains("公司为空", html);
        Assert.Contains("电话需为 7–12 位数字", html);
        Assert.Contains("来源不是已配置的来源", html);
        Assert.DoesNotContain("import-confirm", html);

        var forced = await client.PostFormAsync("/Leads/Import?handler=Import", new() { ["csv"] = csv }, "/Leads/Import");
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(before, await factory.QueryAsync(db => db.Leads.CountAsync()));
    }

    [Fact]
    public async Task Given_a_valid_csv_When_importing_Then_all_rows_become_pool_leads_with_events()
    {
        var client = await factory.SignInAsync("sales03");
        var csv = Header + "钱进,温州精工阀门有限公司,13911113333,展会扫码,化工,<50万,标准选型,\n\"周,敏\",\"台州\"\"海德\"\"机电有限公司\",13911114444,转介绍,,,,\n";
        var wrongType = await client.PostFormAsync("/Leads/Import?handler=Preview", [], "/Leads/Import");
        Assert.Equal(HttpStatusCode.OK, wrongType.StatusCode);

        var preview = await UploadAsync(client, "Preview", csv);
        Assert.Contains("import-confirm", await preview.Content.ReadAsStringAsync());
        var created = await factory.OutboxCountAsync("LeadCreated");
        var response = await client.PostFormAsync("/Leads/Import?handler=Import", new() { ["csv"] = csv }, "/Leads/Import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(created + 2, await factory.OutboxCountAsync("LeadCreated"));
        Assert.True(await factory.QueryAsync(db =>
            db.Leads.AnyAsync(l => l.Company == "台州\"海德\"机电有限公司" && l.ContactName == "周,敏" && l.Status == LeadStatus.Pool)));
    }

    [Fact]
    public async Task Given_a_duplicate_phone_When_using_the_intake_form_Then_a_warning_is_shown_until_the_user_links_or_confirms()
    {
        var client = await factory.SignInAsync("sales01");
        var fields = new Dictionary<string, string>
        {
            ["Input.Company"] = "绍兴恒清过滤设备（有限公司）",
            ["Input.ContactName"] = "陈建国",
            ["Input.Phone"] = "+86 139-0575-1234",
            ["Input.Source"] = "转介绍",
        };
        var first = await client.PostFormAsync("/Leads/Intake", new(fields), "/Leads/Intake");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("duplicate-warning", await first.Content.ReadAsStringAsync());

        var customerId = await factory.QueryAsync(db => db.Customers.Where(c => c.Name == "绍兴恒清过滤设备有限公司").Select(c => c.Id).SingleAsync());
        fields["Input.LinkCustomerId"] = customerId.ToString();
        var linked = await client.PostFormAsync("/Leads/Intake", new(fields), "/Leads/Intake");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var leadId = await factory.QueryAsync(db => db.Leads
            .Where(l => l.CustomerId == customerId && l.Status == LeadStatus.Pool)
            .Select(l => l.Id)
            .SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.HtmxPostAsync($"/Leads/Pool?handler=Claim&id={leadId}", [], "/Leads/Pool")).StatusCode);
        var keys = await factory.QueryAsync(db => db.Timeline.Where(t => t.CustomerId == customerId).Select(t => t.TextKey).ToListAsync());
        Assert.Contains("Timeline_LeadCreated", keys);
        Assert.Contains("Timeline_LeadClaimed", keys);
    }

    [Fact]
    public async Task Given_an_invalid_phone_When_using_the_intake_form_Then_the_field_is_named_and_nothing_saved()
    {
        var client = await factory.SignInAsync("sales09", "en");
        var before = await factory.QueryAsync(db => db.Leads.CountAsync());
        var response = await client.PostFormAsync("/Leads/Intake", new()
        {
            ["Input.Company"] = "X", ["Input.ContactName"] = "Y", ["Input.Phone"] = "12", ["Input.Source"] = "官网表单",
        }, "/Leads/Intake");
        Assert.Contains("Phone: enter 7 to 12 digits", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.QueryAsync(db => db.Leads.CountAsync()));
    }

    [Fact]
    public async Task Given_an_api_key_per_source_When_posting_json_Then_a_lead_of_that_source_is_created_and_bad_keys_are_refused()
    {
        var key = IntakeKey.NewKey();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            db.IntakeKeys.Add(new IntakeKey(Guid.NewGuid(), "官网表单", IntakeKey.Hash(key), key[..8], factory.Clock.GetCurrentInstant()));
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();
        var body = new { contactName = "吴刚", company = "嘉兴智控科技有限公司", phone = "13755556666", industry = "汽车零部件" };

        using var noKey = new HttpRequestMessage(HttpMethod.Post, "/api/leads/intake") { Content = JsonContent.Create(body) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(noKey)).StatusCode);

        using var bad = new HttpRequestMessage(HttpMethod.Post, "/api/leads/intake") { Content = JsonContent.Create(new { company = "x" }) };
        bad.Headers.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(bad)).StatusCode);

        using var ok = new HttpRequestMessage(HttpMethod.Post, "/api/leads/intake") { Content = JsonContent.Create(body) };
        ok.Headers.Add("X-Api-Key", key);
        var response = await client.SendAsync(ok);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Leads.AnyAsync(l => l.Company == "嘉兴智控科技有限公司" && l.Source == "官网表单")));
        Assert.False(await factory.QueryAsync(db => db.IntakeKeys.AnyAsync(k => k.KeyHash == key)));
    }
}
