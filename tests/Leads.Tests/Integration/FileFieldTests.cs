using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>The "file" stage field (样品测试 → 测试报告) takes a real upload with the attachment rules.</summary>
public sealed class FileFieldTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    private sealed record Setup(Guid DealId, Guid CustomerId, int Version, Guid Target, Guid DateField, Guid ReportField);

    /// <summary>A fresh deal of sales01 standing in 样品测试.</summary>
    private Task<Setup> SampleStageDealAsync(string title) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<LeadsDbContext>();
        var pipeline = (await sp.GetRequiredService<PipelineQueries>().DefaultAsync(default))!;
        var customer = await db.Customers.SingleAsync(c => c.Name.Contains("恒清"));
        var deal = Deal.Open(Guid.NewGuid(), customer.Id, customer.OwnerId!.Value, pipeline, title, 1m, null, factory.Clock.GetCurrentInstant());
        db.Deals.Add(deal);
        var sample = pipeline.Ordered.Single(s => s.Name == "样品测试");
        deal.PlaceInStage(pipeline.Ordered, sample.Id, factory.Clock.GetCurrentInstant());
        await db.SaveChangesAsync();
        return new Setup(deal.Id, customer.Id, deal.Version, pipeline.Ordered.Single(s => s.Name == "商务谈判").Id,
            sample.Fields.Single(f => f.Label == "样品测试完成日期").Id, sample.Fields.Single(f => f.Label == "测试报告").Id);
    });

    private static async Task<HttpResponseMessage> MoveWithFileAsync(HttpClient client, Setup s, string fileName, byte[] content)
    {
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Leads/Deals"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(s.Target.ToString()), "targetStageId" },
            { new StringContent(s.Version.ToString()), "version" },
            { new StringContent("2026-11-20"), $"f_{s.DateField}" },
            { new ByteArrayContent(content), $"f_{s.ReportField}", fileName },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Leads/Deals?handler=Move&id={s.DealId}") { Content = form };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    private async Task AssertNothingSavedAsync(Setup s)
    {
        var deal = await factory.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == s.DealId));
        Assert.NotEqual(s.Target, deal.StageId);
        Assert.Equal(s.Version, deal.Version);
        Assert.False(await factory.QueryAsync(db => db.Attachments.AnyAsync(a => a.DealId == s.DealId)));
        Assert.False(await factory.QueryAsync(db => db.DealFieldValues.AnyAsync(v => v.DealId == s.DealId)));
    }

    [Fact]
    public async Task Given_a_wrong_file_type_When_moving_Then_422_names_the_field_and_nothing_is_saved()
    {
        var s = await SampleStageDealAsync("file-wrong-type");
        var client = await factory.SignInAsync("sales01");
        var response = await MoveWithFileAsync(client, s, "report.exe", Encoding.ASCII.GetBytes("MZ not a report"));
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("测试报告", html);
        Assert.Contains(".pdf", html);
        await AssertNothingSavedAsync(s);
    }

    [Fact]
    public async Task Given_an_executable_named_pdf_When_moving_Then_422_names_the_field_and_nothing_is_saved()
    {
        var s = await SampleStageDealAsync("file-fake-pdf");
        var client = await factory.SignInAsync("sales01");
        var response = await MoveWithFileAsync(client, s, "测试报告.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]);
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("内容与扩展名不符", await response.Content.ReadAsStringAsync());
        await AssertNothingSavedAsync(s);
    }

    [Fact]
    public async Task Given_a_file_over_5_MB_When_moving_Then_422_and_nothing_is_saved()
    {
        var s = await SampleStageDealAsync("file-too-large");
        var client = await factory.SignInAsync("sales01");
        var response = await MoveWithFileAsync(client, s, "report.pdf", new byte[Attachment.MaxBytes + 1]);
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("5 MB", await response.Content.ReadAsStringAsync());
        await AssertNothingSavedAsync(s);
    }

    [Fact]
    public async Task Given_a_pdf_report_When_moving_Then_the_field_holds_the_attachment_and_only_those_who_see_the_customer_download_it()
    {
        var s = await SampleStageDealAsync("file-accepted");
        var client = await factory.SignInAsync("sales01");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7 test report");
        var response = await MoveWithFileAsync(client, s, "测试报告.pdf", pdf);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var attachment = await factory.QueryAsync(db => db.Attachments.SingleAsync(a => a.DealId == s.DealId));
        Assert.Equal("测试报告.pdf", attachment.FileName);
        var value = await factory.QueryAsync(db => db.DealFieldValues.SingleAsync(v => v.DealId == s.DealId && v.FieldId == s.ReportField));
        Assert.Equal($"{attachment.Id}|测试报告.pdf", value.Value);
        Assert.Equal(s.Target, (await factory.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == s.DealId))).StageId);

        Assert.Contains("data-testid=\"deal-file\"", await client.GetStringAsync($"/Leads/Customers/Detail/{s.CustomerId}"));
        var url = $"/Leads/Customers/Detail/{s.CustomerId}?handler=Attachment&attachmentId={attachment.Id}";
        Assert.Equal(pdf, await client.GetByteArrayAsync(url));
        var other = await factory.SignInAsync("sales02");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Given_the_move_panel_of_a_stage_with_a_file_field_Then_it_is_a_multipart_file_input()
    {
        var s = await SampleStageDealAsync("file-form");
        var client = await factory.SignInAsync("sales01");
        var html = await (await client.HtmxGetAsync($"/Leads/Deals?handler=MoveForm&id={s.DealId}")).Content.ReadAsStringAsync();
        Assert.Contains("hx-encoding=\"multipart/form-data\"", html);
        Assert.Contains($"name=\"f_{s.ReportField}\" type=\"file\"", html);
    }
}
