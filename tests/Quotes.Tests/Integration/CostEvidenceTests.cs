using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Domain;
using SalesSuite.Testing;
using static SalesSuite.Quotes.Tests.Integration.QuoteScenario;

namespace SalesSuite.Quotes.Tests.Integration;

/// <summary>An urgent quote's cost lock needs Finance's cost-breakdown evidence, uploaded on /Quotes/Evidence/{id}.</summary>
public sealed class CostEvidenceTests(QuotesAppFactory factory) : IClassFixture<QuotesAppFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private async Task<Guid> UrgentAtFinanceAsync(string owner)
    {
        var deal = await OpenDealAsync(factory, owner);
        var sales = await factory.SignInAsync(owner);
        var id = await DraftUntilAsync(sales, deal, "2027-12-31", ("MD-PUMP-50", 2, 0m));
        await sales.PostFormAsync($"/Quotes/Edit/{id}", new()
        {
            ["Form.Lines[0].ProductCode"] = "MD-PUMP-50", ["Form.Lines[0].Quantity"] = "2", ["Form.Urgent"] = "true",
            ["Form.Schedule"] = "全款 100% 0", ["Form.ValidUntil"] = "2027-12-31",
        }, $"/Quotes/Edit/{id}");
        await SubmitAsync(sales, id);
        await DecideAsync(await factory.SignInAsync("tech"), id, true, custom: false);
        Assert.Equal(StepKind.Finance, (await QuoteAsync(factory, id)).ActiveStep!.Kind);
        return id;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] bytes, string name)
    {
        var url = $"/Quotes/Evidence/{id}";
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync(url));
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", name);
        return await client.PostAsync(url, content);
    }

    [Fact]
    public async Task Given_an_urgent_quote_without_evidence_When_finance_locks_costs_Then_it_is_refused_until_evidence_is_uploaded()
    {
        var id = await UrgentAtFinanceAsync("sales05");
        var finance = await factory.SignInAsync("finance", "en");

        var refused = await DecideAsync(finance, id, true);
        Assert.Contains("cost-breakdown evidence", await FlashAsync(finance, refused));
        var quote = await QuoteAsync(factory, id);
        Assert.Equal((QuoteStatus.InApproval, StepKind.Finance, "V1"), (quote.Status, quote.ActiveStep!.Kind, quote.CurrentVersionLabel));
        Assert.Contains("data-testid=\"evidence-required\"", await finance.GetStringAsync($"/Quotes/Evidence/{id}?handler=Panel"));

        var uploaded = await UploadAsync(finance, id, Pdf, "成本核算.pdf");
        Assert.Contains("uploaded", await FlashAsync(finance, uploaded));
        await DecideAsync(finance, id, true);
        Assert.Equal("V1.1", (await QuoteAsync(factory, id)).CurrentVersionLabel);
    }

    [Fact]
    public async Task Given_a_file_that_is_not_what_it_claims_When_finance_uploads_it_Then_it_is_refused_and_nothing_is_stored()
    {
        var id = await UrgentAtFinanceAsync("sales06");
        // Finance's language is a stored preference, and another test of this class switches it to English.
        var finance = await factory.SignInAsync("finance", "en");

        var refused = await UploadAsync(finance, id, Encoding.UTF8.GetBytes("=cmd|' /C calc'!A0 not a pdf"), "bom.pdf");
        Assert.Contains("is not a PDF", await FlashAsync(finance, refused));
        Assert.False(await DbAsync(factory, db => db.CostEvidence.AnyAsync(e => e.QuoteId == id)));
    }

    [Fact]
    public async Task Given_uploaded_evidence_Then_who_sees_the_quote_downloads_it_others_get_404_and_only_finance_uploads()
    {
        var id = await UrgentAtFinanceAsync("sales07");
        var finance = await factory.SignInAsync("finance");
        await UploadAsync(finance, id, Pdf, "bom.pdf");
        var evidence = await DbAsync(factory, db => db.CostEvidence.AsNoTracking().SingleAsync(e => e.QuoteId == id));

        var owner = await factory.SignInAsync("sales07");
        Assert.Contains("data-testid=\"evidence-file\"", await owner.GetStringAsync($"/Quotes/Evidence/{id}?handler=Panel"));
        var download = await owner.GetAsync($"/Quotes/Evidence/{id}?handler=Download&evidenceId={evidence.Id}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        var stranger = await factory.SignInAsync("sales03");
        Assert.Equal(HttpStatusCode.NotFound,
            (await stranger.GetAsync($"/Quotes/Evidence/{id}?handler=Download&evidenceId={evidence.Id}")).StatusCode);
        Assert.True(IsRefused(await UploadAsync(owner, id, Pdf, "mine.pdf")));
        Assert.Equal(1, await DbAsync(factory, db => db.CostEvidence.CountAsync(e => e.QuoteId == id)));
    }
}
