using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Pdf;

namespace SalesSuite.Quotes.Web;

/// <summary>
/// The printable quote as a PDF, with what the A4 page shows: customer, version label, lines, totals, terms, payment
/// schedule, validity and the QR code of the customer's page. Customer-facing: no cost or margin. A version nobody
/// approved carries the DRAFT — not valid line in its title.
/// </summary>
internal static class QuotePdf
{
    public static PdfReport Build(Quote quote, QuoteVersion? version, bool official, string owner, string publicUrl, IStringLocalizer l)
    {
        var label = version?.Label ?? l["Version_None"];
        var report = new PdfReport($"{l["Print_Heading"]} {quote.Number} · {label}")
        {
            Subtitle = $"{l["Print_Company"]} · {l["Print_CompanyAddress"]}",
        };
        if (!official)
        {
            report.Heading(l["Print_Draft"]);
        }
        report.KeyValues(
            (l["Quote_Customer"], $"{quote.CustomerName} ({quote.CustomerCode})"),
            (l["Quote_Title"], quote.Title),
            (l["Quote_Version"], label),
            (l["Quote_Owner"], owner),
            (l["Quote_ValidUntil"], (version?.ValidUntil ?? quote.ValidUntil).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (version is not null)
        {
            Lines(report, version, l);
        }
        if (!quote.TokenRevoked)
        {
            report.QrCode(QrCodes.Modules(publicUrl), 96, $"{l["Print_Scan"]} {publicUrl}");
        }
        return report;
    }

    private static void Lines(PdfReport report, QuoteVersion version, IStringLocalizer l)
    {
        PdfColumn[] columns =
        [
            new("#", 0.4, Numeric: true), new(l["Line_Product"], 3), new(l["Line_Quantity"], 0.8, Numeric: true),
            new(l["Line_UnitPrice"], 1.3, Numeric: true), new(l["Line_Discount"], 0.9, Numeric: true),
            new(l["Line_Tax"], 0.8, Numeric: true), new(l["Line_Delivery"], 0.9, Numeric: true), new(l["Line_Net"], 1.4, Numeric: true),
        ];
        var culture = CultureInfo.InvariantCulture;
        var rows = version.Lines.Select((line, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(culture), $"{line.ProductName}\n{line.ProductCode}", line.Quantity.ToString("#,##0.##", culture),
            line.UnitPrice.ToString("N2", culture), line.DiscountPercent.ToString("0.##", culture) + "%",
            line.TaxRatePercent.ToString("0.##", culture) + "%", line.DeliveryDays.ToString(culture), line.Net.ToString("N2", culture),
        ]);
        var totals = version.Totals;
        IReadOnlyList<string> Total(string key, decimal amount) => ["", l[key], "", "", "", "", "", "¥" + amount.ToString("N2", culture)];
        report.Table(columns, rows, [Total("Totals_Net", totals.Net), Total("Totals_Tax", totals.Tax), Total("Totals_Gross", totals.Gross)]);
        report.Heading(l["Quote_Terms"]).Paragraph(version.Terms);
        if (version.Schedule.Count > 0)
        {
            report.Heading(l["Quote_Schedule"]).Paragraph(string.Join('\n', version.Schedule.Select(p =>
                $"{p.Name} · {p.Percent.ToString("0.##", culture)}% · {l["Public_DueDays", p.DueDaysAfterSigning]}")));
        }
    }
}
