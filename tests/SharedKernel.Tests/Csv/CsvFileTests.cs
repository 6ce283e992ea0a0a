using System.Text;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.SharedKernel.Tests.Csv;

public sealed class CsvFileTests
{
    private static readonly CsvLimits Limits = new(MaxRows: 100, MaxBytes: 64 * 1024);

    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    [Fact]
    public void Given_a_gbk_file_as_excel_saves_it_When_reading_Then_the_chinese_text_is_correct()
    {
        var bytes = Gbk().GetBytes("公司,联系人\r\n宁波恒达自动化有限公司,王磊\r\n");

        var table = CsvFile.Read(bytes, Limits);

        Assert.Equal("宁波恒达自动化有限公司", table.Records.Single().Value("公司"));
        Assert.Equal("王磊", table.Records.Single().Cell(1));
    }

    [Fact]
    public void Given_utf8_with_and_without_bom_When_reading_Then_both_read_the_same_and_the_bom_is_not_in_the_header()
    {
        var text = "company,contact\n台州海德机电,周敏\n";
        var withBom = CsvFile.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], Limits);
        var without = CsvFile.Read(Encoding.UTF8.GetBytes(text), Limits);

        Assert.Equal("台州海德机电", withBom.Records.Single().Value("company"));
        Assert.Equal("台州海德机电", without.Records.Single().Value("company"));
        Assert.Equal("company", withBom.Header[0]);
    }

    [Fact]
    public void Given_quoted_fields_with_commas_quotes_and_line_breaks_When_reading_Then_each_is_one_cell_and_lines_are_counted()
    {
        var table = CsvFile.Read("name,notes\n\"周,敏\",\"第一行\r\n第二行 \"\"引号\"\"\"\nB,b\n", Limits);

        Assert.Equal("周,敏", table.Records[0].Cell(0));
        Assert.Equal("第一行\r\n第二行 \"引号\"", table.Records[0].Values["notes"]);
        Assert.Equal(2, table.Records[0].Line);
        Assert.Equal(4, table.Records[1].Line);
    }

    [Fact]
    public void Given_mixed_encodings_When_reading_Then_the_file_is_refused_instead_of_storing_garbled_text()
    {
        byte[] mixed = [.. Encoding.UTF8.GetBytes("公司\n宁波恒达\n"), .. Gbk().GetBytes("王磊"), 0xFF, (byte)'\n'];
        byte[] alreadyGarbled = Encoding.UTF8.GetBytes("公司\n宁波\uFFFD\uFFFD\n");

        Assert.Equal("Csv_Garbled", Assert.Throws<DomainException>(() => CsvFile.Read(mixed, Limits)).Key);
        Assert.Equal("Csv_Garbled", Assert.Throws<DomainException>(() => CsvFile.Read(alreadyGarbled, Limits)).Key);
    }

    [Fact]
    public void Given_a_file_over_the_row_or_byte_limit_When_reading_Then_it_is_refused_whole_naming_the_limit()
    {
        var rows = "a,b\n" + string.Concat(Enumerable.Range(0, 101).Select(i => $"{i},x\n"));
        var exactly = "a,b\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"{i},x\n"));

        var tooMany = Assert.Throws<DomainException>(() => CsvFile.Read(rows, Limits));
        var tooLarge = Assert.Throws<DomainException>(() => CsvFile.Read(new byte[(64 * 1024) + 1], Limits));

        Assert.Equal(("Csv_TooManyRows", 100), (tooMany.Key, (int)tooMany.Arguments[0]));
        Assert.Equal(("Csv_TooLarge", "64 KB"), (tooLarge.Key, (string)tooLarge.Arguments[0]));
        Assert.Equal(100, CsvFile.Read(exactly, Limits).Records.Count);
    }

    [Fact]
    public void Given_a_misplaced_quote_When_reading_Then_that_line_is_reported_and_the_others_are_read()
    {
        var table = CsvFile.Read("a,b\nok,1\nx\"y\"z,2\nfine,3\n", Limits);

        Assert.Equal([2, 4], table.Records.Select(r => r.Line));
        Assert.Equal(3, table.Errors.Single().Line);
        Assert.Equal(["ok", "fine"], table.Map(r => r.Cell(0)));
    }
}
