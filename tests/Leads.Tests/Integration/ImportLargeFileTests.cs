using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>Its own app (database): 20,000 leads would slow every other test sharing a fixture.</summary>
public sealed class ImportLargeFileTests(LeadsAppFactory factory, ITestOutputHelper output) : IClassFixture<LeadsAppFactory>
{
    [Fact]
    public async Task Given_a_20000_row_trade_show_file_When_importing_Then_every_row_is_stored_and_the_preview_lists_a_sample()
    {
        var client = await factory.SignInAsync("sales03");
        var csv = new StringBuilder(CsvUpload.Header);
        for (var i = 0; i < 20_000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"展会联系人{i},展会客户{i}有限公司,136{i:D8},展会扫码,,,,展位{i % 300}\r\n");
        }
        var clock = Stopwatch.StartNew();

        var preview = await CsvUpload.PreviewAsync(client, CsvUpload.Gbk().GetBytes(csv.ToString()));
        var previewed = clock.Elapsed;
        var response = await CsvUpload.ConfirmAsync(client, preview);

        output.WriteLine($"20,000 rows: preview {previewed.TotalSeconds:0.0} s, import {(clock.Elapsed - previewed).TotalSeconds:0.0} s");
        Assert.True(CountOf(preview, "data-testid=\"import-row\"") <= 100);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(20_000, await factory.QueryAsync(db => db.Leads.CountAsync(l => l.Company.StartsWith("展会客户"))));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
