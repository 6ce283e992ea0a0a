using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Leads.Tests.Integration;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Hardening;

/// <summary>Merges that keep finding the survivor, follow-ups that name a proper deal and their author, uploads checked by content.</summary>
public sealed class CustomerHardeningTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private Task<Customer> AddCustomerAsync(string owner, string code, string company, string phone, string? credit = null) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var details = new LeadDetails("王经理", company, phone, "官网表单", "化工", null, null, null, credit);
            var customer = new Customer(Guid.NewGuid(), code, details, await factory.UserIdAsync(owner), factory.Clock.GetCurrentInstant());
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            return customer;
        });

    private async Task<HttpResponseMessage> PostFollowUpAsync(
        HttpClient client, Guid customerId, Guid? dealId = null, (string Name, byte[] Content, string Type)? file = null)
    {
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Leads/FollowUps/New"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(customerId.ToString()), "Form.CustomerId" },
            { new StringContent("AdvanceSolution"), "Form.Objective" },
            { new StringContent("电话确认滤芯规格"), "Form.Summary" },
        };
        if (dealId is { } d)
        {
            form.Add(new StringContent(d.ToString()), "Form.DealId");
        }
        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue(f.Type);
            form.Add(content, "attachment", f.Name);
        }
        return await client.PostAsync("/Leads/FollowUps/New", form);
    }

    [Fact]
    public async Task Given_a_merged_customer_When_its_keys_come_in_again_or_its_page_is_opened_Then_the_survivor_is_found()
    {
        var survivor = await AddCustomerAsync("sales01", "C1111WEB", "苏州恒远化工有限公司", "13911111111");
        var merged = await AddCustomerAsync("sales01", "C2222WEB", "苏州恒远化工设备厂", "13922222222", "91320500MA1XYZ1234");
        var taskId = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var pipeline = await db.Pipelines.Include(p => p.Stages).FirstAsync(p => p.IsDefault);
            var now = factory.Clock.GetCurrentInstant();
            var deal = Deal.Open(Guid.NewGuid(), merged.Id, merged.OwnerId!.Value, pipeline, "合并前商机", null, null, now);
            var task = new StageTask(Guid.NewGuid(), deal.Id, merged.Id, "Tech", "合并前任务", "", factory.Clock.GetCurrentInstant());
            db.Deals.Add(deal);
            db.StageTasks.Add(task);
            await db.SaveChangesAsync();
            return task.Id;
        });
        var manager = await factory.SignInAsync("mgr.east");
        var detail = $"/Leads/Customers/Detail/{survivor.Id}";
        Assert.Equal(HttpStatusCode.Redirect,
            (await manager.PostFormAsync($"{detail}?handler=Merge", new() { ["mergeCode"] = merged.Code }, detail)).StatusCode);

        var found = await factory.InScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<CustomerRegistrationService>();
            LeadDetails Probe(string company, string phone, string? credit = null) =>
                new("新联系人", company, phone, "官网表单", null, null, null, null, credit);
            return new[]
            {
                await service.FindDuplicatesAsync(Probe("无关公司甲", "+86 139 2222 2222"), CancellationToken.None),
                await service.FindDuplicatesAsync(Probe("苏州恒远化工设备厂", "13000000000"), CancellationToken.None),
                await service.FindDuplicatesAsync(Probe("无关公司乙", "13000000001", "91320500-MA1XYZ1234"), CancellationToken.None),
            };
        });
        Assert.All(found, list => Assert.Equal(survivor.Id, Assert.Single(list).Id));
        Assert.Equal(survivor.Id, await factory.QueryAsync(db => db.StageTasks.Where(t => t.Id == taskId).Select(t => t.CustomerId).SingleAsync()));
        var old = await manager.GetAsync($"/Leads/Customers/Detail/{merged.Id}");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.EndsWith(survivor.Id.ToString(), old.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Given_a_deal_of_another_customer_When_logging_a_follow_up_Then_it_is_refused_and_a_proper_one_records_its_author()
    {
        var mine = await AddCustomerAsync("sales01", "C3333WEB", "常州天宁过滤器材有限公司", "13933333333");
        var other = await AddCustomerAsync("sales04", "C4444WEB", "深圳南山净化科技有限公司", "13944444444");
        var (foreignDeal, ownDeal) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LeadsDbContext>();
            var pipeline = await db.Pipelines.Include(p => p.Stages).FirstAsync(p => p.IsDefault);
            var now = factory.Clock.GetCurrentInstant();
            var foreign = Deal.Open(Guid.NewGuid(), other.Id, other.OwnerId!.Value, pipeline, "别人的商机", null, null, now);
            var own = Deal.Open(Guid.NewGuid(), mine.Id, mine.OwnerId!.Value, pipeline, "自己的商机", null, null, now);
            db.Deals.AddRange(foreign, own);
            await db.SaveChangesAsync();
            return (foreign.Id, own.Id);
        });
        var client = await factory.SignInAsync("sales01");
        var refused = await PostFollowUpAsync(client, mine.Id, foreignDeal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不属于该客户", await refused.Content.ReadAsStringAsync());
        Assert.False(await factory.QueryAsync(db => db.FollowUps.AnyAsync(f => f.CustomerId == mine.Id)));

        var manager = await factory.SignInAsync("mgr.east");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFollowUpAsync(manager, mine.Id, ownDeal)).StatusCode);
        var followUp = await factory.QueryAsync(db => db.FollowUps.SingleAsync(f => f.CustomerId == mine.Id));
        Assert.Equal(await factory.UserIdAsync("mgr.east"), followUp.AuthorId);
        Assert.Equal(mine.OwnerId, followUp.OwnerId);
    }

    [Fact]
    public async Task Given_an_exe_named_pdf_When_uploaded_Then_refused_and_a_real_png_is_served_as_png_attachment_with_nosniff()
    {
        var customer = await AddCustomerAsync("sales01", "C5555WEB", "无锡滨湖环保设备有限公司", "13955555555");
        var client = await factory.SignInAsync("sales01");
        var fake = await PostFollowUpAsync(client, customer.Id, file: ("报价.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03], "application/pdf"));
        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        Assert.Contains("内容与扩展名不符", await fake.Content.ReadAsStringAsync());
        Assert.False(await factory.QueryAsync(db => db.FollowUps.AnyAsync(f => f.CustomerId == customer.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await PostFollowUpAsync(client, customer.Id, file: ("铭牌.png", Png, "text/html"))).StatusCode);
        var attachment = await factory.QueryAsync(db =>
            db.Attachments.SingleAsync(a => db.FollowUps.Any(f => f.Id == a.FollowUpId && f.CustomerId == customer.Id)));
        Assert.Equal("image/png", attachment.ContentType);
        var download = await client.GetAsync($"/Leads/Customers/Detail/{customer.Id}?handler=Attachment&attachmentId={attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }
}
