using System.Net;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>Every board and report renders for Finance in both languages, exports CSV, and is closed to roles without Collections.</summary>
public sealed class ReportPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string, string> Pages() => new()
    {
        { "/Collections/Receivables", "Receivables", "应收款" },
        { "/Collections/Reports/Aging", "Aging", "账龄分析" },
        { "/Collections/Reports/Aging?by=Person", "Aging", "账龄分析" },
        { "/Collections/Reports/Overdue", "Overdue by reason", "逾期原因分析" },
        { "/Collections/Reports/Forecast", "Collections forecast", "回款预测" },
        { "/Collections/Reports/Forecast?by=Month", "Collections forecast", "回款预测" },
        { "/Collections/Reports/Performance", "DSO and collection rate", "DSO 与回款率" },
        { "/Collections/Reports/Performance?by=Person&from=2026-01-01&to=2026-11-23", "DSO and collection rate", "DSO 与回款率" },
        { "/Collections/Reports/Received", "Money received", "回款明细" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Given_receivables_When_Finance_opens_a_report_in_English_and_Chinese_Then_it_renders_in_that_language(
        string url, string english, string chinese)
    {
        await SeedAsync();
        using var en = await ReportData.SignInAsync(app, "finance", "en");
        using var zh = await ReportData.SignInAsync(app, "finance", "zh-CN");

        var inEnglish = await en.GetStringAsync(url);
        var inChinese = await zh.GetStringAsync(url);

        Assert.Contains($"<h1>{english}</h1>", inEnglish);
        Assert.Contains($"<h1>{chinese}</h1>", WebUtility.HtmlDecode(inChinese));
        if (!url.Contains("Received", StringComparison.Ordinal) && !url.Contains("Receivables", StringComparison.Ordinal)
            && !url.Contains("Performance", StringComparison.Ordinal))
        {
            Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"", inEnglish);
            Assert.Contains("<a href=\"/Collections/Receivables?", inEnglish);
        }
        Assert.DoesNotContain("style=\"", inEnglish);
    }

    private static readonly string[] All = [.. Pages().Select(row => (string)row[0])];

    public static TheoryData<string> Urls() => [.. All];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Given_a_report_When_exported_Then_a_UTF8_CSV_with_BOM_and_headers_in_the_reader_s_language(string url)
    {
        await SeedAsync();
        using var zh = await ReportData.SignInAsync(app, "finance", "zh-CN");
        var csvUrl = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Csv";

        using var response = await zh.GetAsync(csvUrl);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Matches("[\u4e00-\u9fff]", System.Text.Encoding.UTF8.GetString(bytes[3..]).Split('\n')[0]);
    }

    [Theory]
    [InlineData("tech")]
    [InlineData("marketing")]
    public async Task Given_a_role_without_Collections_When_it_opens_any_board_report_or_export_Then_403(string user)
    {
        using var client = await app.SignInAsync(user, "en");

        foreach (var url in All.SelectMany(u => new[] { u, u + (u.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Csv" }))
        {
            // A page answers with the platform's access-denied page (403); htmx gets the 403 itself.
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.HtmxGetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Given_the_landing_page_Then_it_links_the_board_and_the_four_reports()
    {
        using var finance = await app.SignInAsync("finance", "en");

        var landing = await finance.GetStringAsync("/Collections");

        foreach (var path in new[] { "/Collections/Receivables", "/Collections/Reports/Aging", "/Collections/Reports/Overdue",
                     "/Collections/Reports/Forecast", "/Collections/Reports/Performance" })
        {
            Assert.Contains($"href=\"{path}\"", landing);
        }
    }

    /// <summary>Overdue, upcoming and paid milestones, so every chart and table has bars and rows.</summary>
    private async Task SeedAsync()
    {
        var owner = await app.UserIdAsync("sales07");
        var customer = await ReportData.CustomerAsync(app, name: "<b>图表</b> 客户");
        var ids = await ReportData.ContractAsync(app, owner, customer, (1000m, 40, "首付款"), (2000m, -3, "到货款"), (3000m, 10, "验收款"));
        await ReportData.PayAsync(app, ids[2], 3000m, daysAgo: 2);
        await ReportData.TagAsync(app, "发票未送达", ids[0]);
    }
}
