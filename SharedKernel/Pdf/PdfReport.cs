using NodaTime;

namespace SalesSuite.SharedKernel.Pdf;

/// <summary>
/// A printable document: a title, then blocks top to bottom (headings, paragraphs, label–value pairs, tables, QR codes),
/// and on every page a footer with <see cref="Footer"/> (e.g. the generation time) and the page number. Build it with
/// the fluent methods and send it with <c>this.Pdf(name, report)</c>, which fills the footer in the reader's language.
/// </summary>
public sealed class PdfReport(string title)
{
    private readonly List<PdfBlock> _blocks = [];

    public string Title { get; } = title;

    /// <summary>A line under the title (a number, a period).</summary>
    public string? Subtitle { get; init; }

    /// <summary>Left part of every page's footer.</summary>
    public string Footer { get; set; } = "";

    /// <summary>Right part of every page's footer: a format with {0} = page and {1} = page count.</summary>
    public string PageLabel { get; set; } = "{0} / {1}";

    /// <summary>The document's creation date in its properties (the business clock's now, never the wall clock).</summary>
    public Instant? Created { get; set; }

    public IReadOnlyList<PdfBlock> Blocks => _blocks;

    public PdfReport Add(PdfBlock block)
    {
        _blocks.Add(block);
        return this;
    }

    public PdfReport Heading(string text) => Add(new PdfHeading(text));

    public PdfReport Paragraph(string text) => Add(new PdfParagraph(text));

    public PdfReport KeyValues(params IEnumerable<(string Label, string Value)> pairs) =>
        Add(new PdfKeyValues([.. pairs.Select(p => KeyValuePair.Create(p.Label, p.Value))]));

    public PdfReport Table(
        IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows, IEnumerable<IReadOnlyList<string>>? summaryRows = null) =>
        Add(new PdfTable(columns, [.. rows], [.. summaryRows ?? []]));

    public PdfReport QrCode(IReadOnlyList<IReadOnlyList<bool>> modules, double size, string? caption = null) =>
        Add(new PdfQrCode(modules, size, caption));

    /// <summary>The PDF file. <paramref name="compress"/> false leaves content streams readable (tests look into them).</summary>
    public byte[] ToBytes(bool compress = true) => PdfReportWriter.Write(this, compress);
}
