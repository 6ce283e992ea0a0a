using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.SharedKernel.Tests.Csv;

public sealed class CsvDownloadTests
{
    [Fact]
    public void Given_rows_and_a_truncated_line_When_downloaded_Then_the_file_is_named_after_the_day_and_ends_with_the_line()
    {
        var file = new Page().Csv("aging", new LocalDate(2026, 3, 5), ["公司", "金额"], [["=cmd", 5m]], "Only the first 2 rows");

        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.Equal("aging-2026-03-05.csv", file.FileDownloadName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), file.FileContents[..3]);
        Assert.Equal("公司,金额\r\n\"'=cmd\",5\r\nOnly the first 2 rows\r\n", Encoding.UTF8.GetString(file.FileContents[3..]));
    }

    [Fact]
    public void Given_no_truncated_line_When_downloaded_Then_only_the_rows_are_written()
    {
        var file = new Page().Csv("dwell", new LocalDate(2026, 12, 31), ["A"], [[1]]);

        Assert.Equal("A\r\n1\r\n", Encoding.UTF8.GetString(file.FileContents[3..]));
    }

    private sealed class Page : PageModel;
}
