using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Csv;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>A statement's lines as Excel opens them (UTF-8 with BOM, formulas neutralised by the kernel's <see cref="CsvExport"/>).</summary>
internal static class CommissionCsv
{
    public static string FileName(CommissionStatementView view) =>
        $"commission-{CommissionMonth.Format(view.Statement.PeriodStart)}-{view.Statement.Id.ToString("N")[..8]}.csv";

    public static byte[] Write(CommissionStatementView view, IStringLocalizer l)
    {
        string[] header =
        [
            l["Commission_Line_On"], l["Commission_Line_Kind"], l["Commission_Line_Payment"], l["Commission_Contract"],
            l["Commission_Line_Milestone"], l["Commission_Line_Customer"], l["Commission_Line_CustomerType"],
            l["Commission_Line_ProductLine"], l["Commission_Line_Amount"], l["Commission_Line_Rule"], l["Commission_Line_Commission"],
        ];
        var none = l["Commission_NoProductLine"].Value;
        var rows = view.Lines.Select(line => new object?[]
        {
            line.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l["CommissionLineKind_" + line.Kind].Value, line.BankReference,
            line.ContractNumber, line.Milestone, line.CustomerName, line.CustomerType, line.ProductLine ?? none, Fen(line.Amount),
            line.RuleLabel, Fen(line.Commission),
        });
        object?[] total =
        [
            l["Commission_CsvTotal"].Value, null, null, null, null, null, null, null, Fen(view.Lines.Sum(x => x.Amount)), null,
            Fen(view.Statement.Total),
        ];
        return CsvExport.Write(header, rows.Append(total));
    }

    /// <summary>Always two decimals (120000.00, not 120000.0), still a number cell.</summary>
    private static decimal Fen(decimal amount) => decimal.Round(amount, 2) + 0.00m;
}
