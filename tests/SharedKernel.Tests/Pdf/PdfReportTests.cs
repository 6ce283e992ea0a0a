using System.Text;
using System.Text.RegularExpressions;
using SalesSuite.SharedKernel.Pdf;

namespace SalesSuite.SharedKernel.Tests.Pdf;

public sealed partial class PdfReportTests
{
    private static readonly PdfColumn[] Columns = [new("#", 0.5, Numeric: true), new("产品 Product", 3), new("金额 Amount", 1.2, Numeric: true)];

    [Fact]
    public void Given_a_report_When_written_Then_it_is_a_pdf_of_one_page()
    {
        var bytes = new PdfReport("报价单 Quotation").KeyValues(("客户", "宁波恒达")).ToBytes();

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal(1, PageCount(bytes));
    }

    [Fact]
    public void Given_a_table_longer_than_a_page_When_written_Then_it_breaks_onto_more_pages_and_repeats_its_header()
    {
        var rows = Enumerable.Range(1, 150).Select(i => (IReadOnlyList<string>)[$"{i}", $"监护仪 Monitor model {i}", "1,200.00"]);

        var text = Latin1(new PdfReport("长表 Long table").Table(Columns, rows).ToBytes(compress: false));

        var pages = PageCount(text);
        Assert.InRange(pages, 3, 8);
        // The header's text is drawn once per page (its glyphs are shown by a Tj per line, the same string each time).
        var header = HexShow(text, "Product");
        Assert.Equal(pages, Regex.Matches(text, Regex.Escape(header)).Count);
    }

    [Fact]
    public void Given_a_short_table_When_written_Then_it_fits_on_one_page()
    {
        var rows = Enumerable.Range(1, 5).Select(i => (IReadOnlyList<string>)[$"{i}", "监护仪", "1.00"]);

        Assert.Equal(1, PageCount(Latin1(new PdfReport("短表").Table(Columns, rows).ToBytes(compress: false))));
    }

    [Fact]
    public void Given_chinese_text_When_written_Then_the_font_is_embedded_with_a_unicode_map_for_its_glyphs()
    {
        var text = Latin1(new PdfReport("报价单").Paragraph("宁波恒达医疗器械").ToBytes(compress: false));

        Assert.Contains("/FontFile2", text, StringComparison.Ordinal);
        Assert.Contains("/ToUnicode", text, StringComparison.Ordinal);
        // ToUnicode maps each glyph id back to its character (宁 U+5B81, 波 U+6CE2, 恒 U+6052), and the page shows those glyphs.
        Assert.Contains(HexShow(text, "宁波恒达医疗器械"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_footer_texts_When_written_Then_every_page_carries_its_number_of_the_count()
    {
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"{i}", "x", "1"]);
        var report = new PdfReport("t") { Footer = "Generated 2026-11-23 09:00", PageLabel = "Page {0} of {1}" }.Table(Columns, rows);

        var text = Latin1(report.ToBytes(compress: false));

        var pages = PageCount(text);
        Assert.True(pages > 1);
        Assert.Contains(HexShow(text, $"Page {pages} of {pages}"), text, StringComparison.Ordinal);
        Assert.Equal(pages, Regex.Matches(text, Regex.Escape(HexShow(text, "Generated 2026-11-23 09:00"))).Count);
    }

    [Fact]
    public void Given_a_qr_matrix_When_written_Then_each_dark_module_is_a_filled_square()
    {
        bool[][] modules = [[true, false, true], [false, true, false], [true, false, false]];

        var text = Latin1(new PdfReport("QR").QrCode(modules, 60, "扫码查看").ToBytes(compress: false));

        // 4 dark modules of 20 pt each, drawn as rectangles ("re") and filled.
        Assert.Equal(4, Regex.Matches(text, @" 20 20 re\b").Count);
    }

    /// <summary>The file as text, with the line breaks PDFsharp puts inside long hex strings taken out.</summary>
    private static string Latin1(byte[] bytes) =>
        HexString().Replace(Encoding.Latin1.GetString(bytes), m => "<" + Whitespace().Replace(m.Groups[1].Value, "") + ">");

    private static int PageCount(byte[] bytes) => PageCount(Latin1(bytes));

    private static int PageCount(string text) => PageObject().Matches(text).Count;

    /// <summary>
    /// How a line of text is shown in a content stream with the Identity-H encoding: the glyph ids in hex. The glyph ids
    /// are read from the document's own ToUnicode map (glyph id → character), so the test knows no font internals.
    /// </summary>
    private static string HexShow(string pdf, string line)
    {
        var map = new Dictionary<char, string>();
        foreach (Match m in CMapEntry().Matches(pdf))
        {
            map.TryAdd((char)Convert.ToInt32(m.Groups[2].Value, 16), m.Groups[1].Value);
        }
        return string.Concat(line.Select(c => map[c]));
    }

    [GeneratedRegex(@"<([0-9A-F\s]+)>")]
    private static partial Regex HexString();

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"<([0-9A-F]{4})>\s*<\1>\s*<([0-9A-F]{4})>")]
    private static partial Regex CMapEntry();
}
