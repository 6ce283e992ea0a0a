using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

public sealed class ImportCsvTests(LeadsAppFactory factory) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_a_gbk_file_saved_by_excel_When_importing_Then_the_chinese_text_is_stored_correctly()
    {
        var client = await factory.SignInAsync("sales03");
        var file = CsvUpload.Gbk().GetBytes(CsvUpload.Header + "郑晓东,湖州华瑞纺织机械有限公司,13922220001,展会扫码,,,,展会A馆\r\n");

        var preview = await CsvUpload.PreviewAsync(client, file);
        Assert.Contains("湖州华瑞纺织机械有限公司", preview);
        var response = await CsvUpload.ConfirmAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.QueryAsync(db =>
            db.Leads.AnyAsync(l => l.Company == "湖州华瑞纺织机械有限公司" && l.ContactName == "郑晓东")));
    }

    [Fact]
    public async Task Given_a_utf8_file_with_bom_When_importing_Then_the_first_column_is_read_and_stored()
    {
        var client = await factory.SignInAsync("sales03");
        byte[] file = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CsvUpload.Header + "冯雪,丽水恒信阀门有限公司,13922220002,转介绍,,,,\r\n")];

        var response = await CsvUpload.ConfirmAsync(client, await CsvUpload.PreviewAsync(client, file));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Leads.AnyAsync(l => l.ContactName == "冯雪" && l.Company == "丽水恒信阀门有限公司")));
    }

    [Fact]
    public async Task Given_a_quoted_field_with_a_comma_and_a_line_break_When_importing_Then_it_is_one_value()
    {
        var client = await factory.SignInAsync("sales03");
        var csv = CsvUpload.Header + "蒋涛,\"衢州巨化,精细化工有限公司\",13922220003,官网表单,,,,\"第一行\r\n第二行\"\r\n";

        var preview = await CsvUpload.PreviewAsync(client, Encoding.UTF8.GetBytes(csv));
        var response = await CsvUpload.ConfirmAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Leads.AnyAsync(l => l.Company == "衢州巨化,精细化工有限公司")));
    }

    [Fact]
    public async Task Given_a_file_with_invalid_bytes_When_previewing_Then_it_is_refused_and_nothing_is_offered_for_import()
    {
        var client = await factory.SignInAsync("sales03", "en");
        byte[] file = [.. Encoding.UTF8.GetBytes(CsvUpload.Header + "韩梅,金华"), .. CsvUpload.Gbk().GetBytes("永康五金"), 0xFF,
            .. Encoding.UTF8.GetBytes(",13922220004,转介绍,,,,\r\n")];

        var preview = await CsvUpload.PreviewAsync(client, file);

        Assert.Contains("could not be read cleanly", preview);
        Assert.DoesNotContain("import-confirm", preview);
    }

    [Fact]
    public async Task Given_a_file_over_the_row_limit_When_previewing_Then_it_is_refused_whole_naming_the_limit()
    {
        var client = await factory.SignInAsync("sales03", "en");
        var csv = new StringBuilder(CsvUpload.Header);
        for (var i = 0; i < 20_001; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"联系人{i},限额测试{i}有限公司,137{i:D8},展会扫码,,,,\r\n");
        }

        var preview = await CsvUpload.PreviewAsync(client, Encoding.UTF8.GetBytes(csv.ToString()));

        Assert.Contains("more than the limit of 20000 data rows", preview);
        Assert.DoesNotContain("import-confirm", preview);
        Assert.False(await factory.QueryAsync(db => db.Leads.AnyAsync(l => l.Company.StartsWith("限额测试"))));
    }
}
