using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.Collections.Domain;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration.Payments;

/// <summary>Bank-statement import: GBK or UTF-8, preview saves nothing, confirm saves all rows or none.</summary>
public sealed partial class StatementImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static string Tag() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, byte[] file)
    {
        var token = SignedInClient.AntiforgeryToken(await client.GetStringAsync("/Collections/Payments/Import"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "流水.csv" },
        };
        return await client.PostAsync("/Collections/Payments/Import?handler=Preview", content);
    }

    /// <summary>Posts back what the preview's confirm form holds (text, hash, plan), optionally with other text.</summary>
    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string previewHtml, Func<string, string>? change = null)
    {
        string Hidden(string name) => WebUtility.HtmlDecode(Regex.Match(previewHtml, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);
        var csv = Hidden("csv");
        Assert.NotEmpty(csv);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignedInClient.AntiforgeryToken(previewHtml)), "__RequestVerificationToken" },
            // A browser posts a form's text back with CRLF line ends.
            { new StringContent((change ?? (t => t))(csv).ReplaceLineEndings("\r\n")), "csv" },
            { new StringContent(Hidden("hash")), "hash" },
            { new StringContent(Hidden("plan")), "plan" },
        };
        return await client.PostAsync("/Collections/Payments/Import?handler=Import", content);
    }

    [Fact]
    public async Task Given_a_GBK_statement_When_previewed_and_confirmed_Then_each_row_goes_to_its_match_and_is_saved()
    {
        var tag = Tag();
        var byName = await PaymentKit.ContractAsync(app, customerName: "宁波恒达自动化" + tag);
        var byCode = await PaymentKit.ContractAsync(app, amounts: [500m]);
        var csv = "交易日期,流水号,付款方,金额,币种,客户编码,备注\r\n"
            + $"2026-11-20,GBK-{tag}-1,宁波恒达自动化{tag},700.00,CNY,,到货款\r\n"
            + $"2026/11/21,GBK-{tag}-2,某代付公司,\"1,200.00\",,{byCode.Code},首付款及余额\r\n";
        using var finance = await PaymentKit.SignInAsync(app, "finance");

        var preview = await PreviewAsync(finance, Gbk().GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Equal(2, Regex.Count(html, "data-testid=\"statement-row\"[^>]*data-valid=\"true\""));
        Assert.Contains("宁波恒达自动化" + tag, html);
        Assert.Contains("金额一致的节点", html);
        Assert.Contains("700.00 作为客户余额保留", html);
        Assert.Empty(await PaymentKit.PaymentsAsync(app, $"GBK-{tag}-1"));

        var confirmed = await ConfirmAsync(finance, await preview.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal((0m, 700m), ((await PaymentKit.MilestoneAsync(app, byName.Milestones[0])).PaidAmount,
            (await PaymentKit.MilestoneAsync(app, byName.Milestones[1])).PaidAmount));
        Assert.Equal(500m, (await PaymentKit.MilestoneAsync(app, byCode.Milestones[0])).PaidAmount);
        var second = Assert.Single(await PaymentKit.PaymentsAsync(app, $"GBK-{tag}-2"));
        Assert.Equal((PaymentSource.BankImport, 1200m, 700m, "某代付公司"), (second.Source, second.Amount, second.Unallocated, second.Payer));
    }

    [Fact]
    public async Task Given_a_statement_with_one_bad_row_When_previewed_Then_the_row_is_listed_with_its_line_and_confirming_imports_nothing()
    {
        var tag = Tag();
        var contract = await PaymentKit.ContractAsync(app);
        var csv = "Date,Reference,Payer,Amount\n"
            + $"2026-11-20,BAD-{tag}-1,{contract.Name},300.00\n"
            + $"2026-11-20,BAD-{tag}-2,没有这个客户{tag},100.00\n"
            + $"2026-11-20,BAD-{tag}-3,{contract.Name},12.345\n";
        using var finance = await PaymentKit.SignInAsync(app, "finance", "en");

        var preview = await PreviewAsync(finance, Encoding.UTF8.GetBytes(csv));
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());

        Assert.Contains($"Line 3: no customer is named \"没有这个客户{tag}\"; add the customer code", html);
        Assert.Contains("Line 4: The amount must be above 0 with at most two decimals.", html);
        Assert.Contains("data-testid=\"statement-blocked\"", html);
        Assert.DoesNotContain("data-testid=\"statement-confirm\"", html);

        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignedInClient.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(csv), "csv" },
            { new StringContent(Collections.Application.Payments.Import.ImportPreview.HashOf(csv)), "hash" },
            { new StringContent("whatever"), "plan" },
        };
        var forced = await finance.PostAsync("/Collections/Payments/Import?handler=Import", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, forced.StatusCode);
        Assert.Contains("Some rows have problems, so nothing is imported.", WebUtility.HtmlDecode(await forced.Content.ReadAsStringAsync()));
        Assert.Empty(await PaymentKit.PaymentsAsync(app, $"BAD-{tag}-1"));
        Assert.Equal(0m, (await PaymentKit.MilestoneAsync(app, contract.Milestones[0])).PaidAmount);
    }

    [Fact]
    public async Task Given_a_preview_When_the_text_is_changed_or_a_reference_is_recorded_before_confirming_Then_nothing_is_imported()
    {
        var tag = Tag();
        var contract = await PaymentKit.ContractAsync(app);
        var csv = "交易日期,流水号,付款方,金额\n"
            + $"2026-11-20,STALE-{tag}-1,{contract.Name},100.00\n2026-11-20,STALE-{tag}-2,{contract.Name},50.00\n";
        using var finance = await PaymentKit.SignInAsync(app, "finance");
        var previewHtml = await (await PreviewAsync(finance, Encoding.UTF8.GetBytes(csv))).Content.ReadAsStringAsync();

        var changed = await ConfirmAsync(finance, previewHtml, t => t.Replace("50.00", "5000.00", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Contains("文件与预览时的不一致", WebUtility.HtmlDecode(await changed.Content.ReadAsStringAsync()));

        await PaymentKit.AsFinanceAsync(app, sp => sp.GetRequiredService<PaymentCommands>().RecordAsync(
            new PaymentInput { CustomerId = contract.CustomerId, BankReference = $"STALE-{tag}-2", PaidOn = "2026-11-20", Amount = "50.00" },
            null, CancellationToken.None));
        var stale = await ConfirmAsync(finance, previewHtml);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("部分行有问题，因此不导入任何数据。", html);
        Assert.Contains($"第 3 行：银行流水号 STALE-{tag}-2 已于 2026-11-23 09:00 登记。", html);
        Assert.Empty(await PaymentKit.PaymentsAsync(app, $"STALE-{tag}-1"));
    }

    [Fact]
    public async Task Given_a_salesperson_When_opening_or_posting_the_import_Then_access_is_denied()
    {
        using var sales = await PaymentKit.SignInAsync(app, "sales01");

        var page = await sales.GetAsync("/Collections/Payments/Import");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sales.GetAsync(page.Headers.Location)).StatusCode);
    }
}
