using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.SharedKernel.Pdf;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>A commission statement as a PDF to sign off and file: the page's facts and lines (the CSV's columns, fen exact).</summary>
internal static class CommissionPdf
{
    public static string Name(CommissionStatementView view) =>
        $"commission-{CommissionMonth.Format(view.Statement.PeriodStart)}-{view.Statement.Id.ToString("N")[..8]}";

    public static PdfReport Build(CommissionStatementView view, IStringLocalizer l, BusinessClock clock)
    {
        var s = view.Statement;
        var culture = CultureInfo.InvariantCulture;
        var report = new PdfReport(l["Commission_DetailTitle", view.Person, CommissionMonth.Format(s.PeriodStart)]);
        var facts = new List<(string, string)>
        {
            (l["Commission_Status"], l["CommissionStatus_" + s.Status]),
            (l["Commission_Collected"], $"{s.Collected.ToString("N2", culture)} {s.Currency}"),
            (l["Commission_Earned"], view.Earned.ToString("N2", culture)),
        };
        if (view.ClawedBack != 0)
        {
            facts.Add((l["Commission_ClawedBack"], view.ClawedBack.ToString("N2", culture)));
        }
        facts.Add((l["Commission_Total"], $"{s.Total.ToString("N2", culture)} {s.Currency}"));
        facts.Add((l["Commission_GeneratedAt"], clock.Format(s.GeneratedAt)));
        if (s.ApprovedAt is { } approvedAt)
        {
            facts.Add((l["Commission_ApprovedAt"], $"{clock.Format(approvedAt)} · {view.ApprovedBy}"));
        }
        report.KeyValues(facts);
        PdfColumn[] columns =
        [
            new(l["Commission_Line_On"], 1.1), new(l["Commission_Line_Payment"], 1.2), new(l["Commission_Line_Contract"], 1.5),
            new(l["Commission_Line_Customer"], 1.6), new(l["Commission_Line_ProductLine"], 1), new(l["Commission_Line_Amount"], 1.2, Numeric: true),
            new(l["Commission_Line_Rule"], 1.2), new(l["Commission_Line_Commission"], 1.1, Numeric: true),
        ];
        var rows = view.Lines.Select(line => (IReadOnlyList<string>)
        [
            line.On.ToString("yyyy-MM-dd", culture) + (line.Kind == CommissionLineKind.Clawback ? "\n" + l["CommissionLineKind_Clawback"] : ""),
            line.BankReference, $"{line.ContractNumber} · {line.Milestone}", line.CustomerName + (line.CustomerType is { } t ? $" ({t})" : ""),
            line.ProductLine ?? l["Commission_NoProductLine"], line.Amount.ToString("N2", culture), line.RuleLabel ?? l["Commission_NoRule"],
            line.Commission.ToString("N2", culture),
        ]);
        IReadOnlyList<string> total =
        [
            l["Commission_CsvTotal"], "", "", "", "", view.Lines.Sum(x => x.Amount).ToString("N2", culture), "", s.Total.ToString("N2", culture),
        ];
        return report.Heading(l["Commission_Lines"]).Table(columns, rows, [total]);
    }
}
