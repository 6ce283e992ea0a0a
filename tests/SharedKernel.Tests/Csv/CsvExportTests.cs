using System.Text;
using SalesSuite.SharedKernel.Csv;

namespace SalesSuite.SharedKernel.Tests.Csv;

public sealed class CsvExportTests
{
    [Fact]
    public void Given_an_export_When_written_Then_it_is_utf8_with_bom_and_crlf()
    {
        var bytes = CsvExport.Write(["公司", "金额"], [["宁波恒达", 1200.5m]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("公司,金额\r\n宁波恒达,1200.5\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task Given_rows_that_arrive_one_by_one_When_streamed_Then_the_file_is_byte_for_byte_the_buffered_one()
    {
        IReadOnlyList<object?>[] rows = [["宁波恒达", 1200.5m], ["=cmd", -5], ["杭州, \"引号\"", null]];
        using var stream = new MemoryStream();

        await CsvExport.WriteAsync(stream, ["公司", "金额"], rows.ToAsyncEnumerable(), CancellationToken.None);

        Assert.Equal(CsvExport.Write(["公司", "金额"], rows), stream.ToArray());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("plain", "plain")]
    public void Given_a_cell_that_a_spreadsheet_would_run_When_written_Then_it_gets_a_leading_quote(string cell, string written)
    {
        var text = Encoding.UTF8.GetString(CsvExport.Write(["x"], [[cell]])[3..]);

        Assert.Equal("x\r\n" + written + "\r\n", text);
    }

    [Fact]
    public void Given_a_negative_number_When_written_Then_it_stays_a_number()
    {
        var text = Encoding.UTF8.GetString(CsvExport.Write(["x"], [[-5m]])[3..]);

        Assert.Equal("x\r\n-5\r\n", text);
    }
}
