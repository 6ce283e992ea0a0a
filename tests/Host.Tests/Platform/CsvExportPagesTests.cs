using System.Net;
using SalesSuite.Host.Tests.Admin;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests.Platform;

/// <summary>
/// The CSV audit: list and report pages of every module answer their CSV handler with a file Excel opens as is
/// (text/csv, UTF-8 with BOM), and a header row in the reader's language.
/// </summary>
public sealed class CsvExportPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string, string> Lists => new()
    {
        { "admin", "/Admin/Users?handler=Csv", "姓名" },
        { "admin", "/Admin/Users?handler=Csv&Role=Salesperson", "姓名" },
        { "admin", "/Admin/Teams?handler=Csv", "团队名称" },
        { "sales01", "/Leads/Leads?handler=Csv", "公司" },
        { "sales01", "/Leads/Customers?handler=Csv", "客户编码" },
        { "sales07", "/Quotes?handler=Csv", "Q-2026-0001" },
        { "finance", "/Collections/Reports/Aging?handler=Csv", "" },
        { "finance", "/Collections/Commissions?handler=Csv", "" },
        { "admin", "/Goals/Config/ActionTypes?handler=Csv", "" },
        { "director", "/Health/Funnel?handler=Csv&by=Person", "" },
        { "finance", "/Leads/Tasks?handler=Csv", "任务" },
        { "director", "/Health/Dwell/Deals?handler=Csv&stage=商务谈判&by=team", "商机" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Given_a_list_page_When_its_csv_is_asked_Then_it_is_text_csv_with_a_bom(string user, string url, string expected)
    {
        var client = await factory.SignInAsync(user);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? "", StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sales01", "/Admin/Users?handler=Csv")]
    [InlineData("sales01", "/Admin/Teams?handler=Csv")]
    public async Task Given_someone_not_admin_When_an_admin_csv_is_asked_Then_it_is_refused(string user, string url)
    {
        AdminTestKit.AssertRefused(await (await factory.SignInAsync(user)).GetAsync(url));
    }
}
