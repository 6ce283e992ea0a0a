using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SalesSuite.SharedKernel.Pdf;

/// <summary>Lays a <see cref="PdfReport"/> out on A4 pages: blocks flow down and break onto new pages; footers come last.</summary>
internal sealed class PdfReportWriter : IDisposable
{
    private const double Margin = 40;
    private const double FooterHeight = 24;
    private const double Pad = 3;
    private static readonly XColor Muted = XColor.FromArgb(90, 90, 90);
    private static readonly XColor Rule = XColor.FromArgb(200, 200, 200);
    private static readonly XColor HeaderFill = XColor.FromArgb(236, 238, 241);

    private readonly PdfDocument _document = new();
    private readonly XFont _title = Font(16, bold: true);
    private readonly XFont _heading = Font(12, bold: true);
    private readonly XFont _body = Font(9.5);
    private readonly XFont _bold = Font(9.5, bold: true);
    private readonly XFont _small = Font(8);
    private XGraphics _gfx = null!;
    private double _y;

    private PdfReportWriter(bool compress)
    {
        _document.Options.NoCompression = !compress;
        _document.Options.CompressContentStreams = compress;
    }

    private static double Width => XUnit.FromMillimeter(210).Point;

    private static double Height => XUnit.FromMillimeter(297).Point;

    private static double Right => Width - Margin;

    private static double Bottom => Height - Margin - FooterHeight;

    private static double ContentWidth => Width - (2 * Margin);

    public static byte[] Write(PdfReport report, bool compress)
    {
        PdfFonts.Install();
        using var writer = new PdfReportWriter(compress);
        return writer.Render(report);
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }

    private static XFont Font(double size, bool bold = false) =>
        new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static double LineHeight(XFont font) => font.Size * 1.35;

    private byte[] Render(PdfReport report)
    {
        _document.Info.Title = report.Title;
        _document.Info.Creator = "SalesSuite";
        if (report.Created is { } created)
        {
            _document.Info.CreationDate = created.ToDateTimeUtc();
            _document.Info.ModificationDate = created.ToDateTimeUtc();
        }
        NewPage();
        Lines(report.Title, _title, Margin, ContentWidth, XBrushes.Black);
        if (report.Subtitle is { } subtitle)
        {
            Lines(subtitle, _body, Margin, ContentWidth, new XSolidBrush(Muted));
        }
        _y += 4;
        _gfx.DrawLine(new XPen(Rule, 0.8), Margin, _y, Right, _y);
        _y += 8;
        foreach (var block in report.Blocks)
        {
            Draw(block);
        }
        _gfx.Dispose();
        _gfx = null!;
        Footers(report);
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void Draw(PdfBlock block)
    {
        switch (block)
        {
            case PdfHeading heading:
                _y += 8;
                EnsureRoom(LineHeight(_heading) + (3 * LineHeight(_body)));
                Lines(heading.Text, _heading, Margin, ContentWidth, XBrushes.Black);
                _y += 2;
                break;
            case PdfParagraph paragraph:
                foreach (var line in Wrap(paragraph.Text, _body, ContentWidth))
                {
                    EnsureRoom(LineHeight(_body));
                    Text(line, _body, Margin, XBrushes.Black);
                    _y += LineHeight(_body);
                }
                _y += 4;
                break;
            case PdfKeyValues pairs:
                KeyValues(pairs);
                break;
            case PdfTable table:
                Table(table);
                break;
            case PdfQrCode qr:
                QrCode(qr);
                break;
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
    }

    private void KeyValues(PdfKeyValues block)
    {
        var labelWidth = ContentWidth * 0.28;
        foreach (var (label, value) in block.Pairs)
        {
            var labels = Wrap(label, _body, labelWidth - Pad);
            var values = Wrap(value, _bold, ContentWidth - labelWidth);
            var height = Math.Max(labels.Count, values.Count) * LineHeight(_body);
            EnsureRoom(height);
            var top = _y;
            Column(labels, _body, Margin, new XSolidBrush(Muted));
            _y = top;
            Column(values, _bold, Margin + labelWidth, XBrushes.Black);
            _y = top + height + 1;
        }
        _y += 6;
    }

    private void Table(PdfTable table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => ContentWidth * c.Weight / total).ToArray();
        var header = table.Columns.Select(c => c.Header).ToArray();
        EnsureRoom(RowHeight(header, widths, _bold) + RowHeight(table.Rows.FirstOrDefault() ?? header, widths, _body));
        Row(table, header, widths, _bold, fill: true);
        foreach (var row in table.Rows)
        {
            if (_y + RowHeight(row, widths, _body) > Bottom)
            {
                NewPage();
                Row(table, header, widths, _bold, fill: true);
            }
            Row(table, row, widths, _body, fill: false);
        }
        foreach (var row in table.SummaryRows)
        {
            EnsureRoom(RowHeight(row, widths, _bold));
            Row(table, row, widths, _bold, fill: false);
        }
        _y += 8;
    }

    private double RowHeight(IReadOnlyList<string> cells, double[] widths, XFont font) =>
        (cells.Select((cell, i) => i < widths.Length ? Wrap(cell, font, widths[i] - (2 * Pad)).Count : 0).DefaultIfEmpty(1).Max()
            * LineHeight(font)) + (2 * Pad);

    private void Row(PdfTable table, IReadOnlyList<string> cells, double[] widths, XFont font, bool fill)
    {
        var height = RowHeight(cells, widths, font);
        if (fill)
        {
            _gfx.DrawRectangle(new XSolidBrush(HeaderFill), Margin, _y, ContentWidth, height);
        }
        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var lines = Wrap(i < cells.Count ? cells[i] : "", font, widths[i] - (2 * Pad));
            var lineY = _y + Pad;
            foreach (var line in lines)
            {
                var left = table.Columns[i].Numeric ? x + widths[i] - Pad - _gfx.MeasureString(line, font).Width : x + Pad;
                _gfx.DrawString(line, font, XBrushes.Black, left, lineY, XStringFormats.TopLeft);
                lineY += LineHeight(font);
            }
            x += widths[i];
        }
        _y += height;
        _gfx.DrawLine(new XPen(Rule, 0.5), Margin, _y, Right, _y);
    }

    private void QrCode(PdfQrCode block)
    {
        EnsureRoom(block.Size + 4);
        var module = block.Size / Math.Max(1, block.Modules.Count);
        for (var row = 0; row < block.Modules.Count; row++)
        {
            for (var column = 0; column < block.Modules[row].Count; column++)
            {
                if (block.Modules[row][column])
                {
                    _gfx.DrawRectangle(XBrushes.Black, Margin + (column * module), _y + (row * module), module, module);
                }
            }
        }
        if (block.Caption is { } caption)
        {
            var top = _y;
            _y += Pad;
            Column(Wrap(caption, _small, ContentWidth - block.Size - 12), _small, Margin + block.Size + 12, new XSolidBrush(Muted));
            _y = top;
        }
        _y += block.Size + 8;
    }

    private void Footers(PdfReport report)
    {
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = Height - Margin - (FooterHeight / 2);
            gfx.DrawLine(new XPen(Rule, 0.5), Margin, y - 4, Right, y - 4);
            var page = string.Format(CultureInfo.InvariantCulture, report.PageLabel, i + 1, count);
            var pageWidth = gfx.MeasureString(page, _small).Width;
            var footer = Wrap(gfx, report.Footer, _small, ContentWidth - pageWidth - 12).FirstOrDefault() ?? "";
            gfx.DrawString(footer, _small, new XSolidBrush(Muted), Margin, y, XStringFormats.TopLeft);
            gfx.DrawString(page, _small, new XSolidBrush(Muted), Right - pageWidth, y, XStringFormats.TopLeft);
        }
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        _gfx = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom && _y > Margin)
        {
            NewPage();
        }
    }

    private void Lines(string text, XFont font, double x, double width, XBrush brush) => Column(Wrap(text, font, width), font, x, brush);

    private void Column(IEnumerable<string> lines, XFont font, double x, XBrush brush)
    {
        foreach (var line in lines)
        {
            Text(line, font, x, brush);
            _y += LineHeight(font);
        }
    }

    private void Text(string text, XFont font, double x, XBrush brush) =>
        _gfx.DrawString(text, font, brush, x, _y, XStringFormats.TopLeft);

    private List<string> Wrap(string text, XFont font, double width) => Wrap(_gfx, text, font, width);

    private static List<string> Wrap(XGraphics gfx, string text, XFont font, double width) =>
        TextWrap.Lines(text, width, piece => gfx.MeasureString(piece, font).Width);
}
