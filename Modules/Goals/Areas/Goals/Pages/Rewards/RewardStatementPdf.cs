using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Rewards;
using SalesSuite.SharedKernel.Pdf;
using SalesSuite.SharedKernel.Time;

namespace SalesSuite.Goals.Areas.Goals.Pages.Rewards;

/// <summary>The reward statement as a PDF for signing off and filing: the same facts, arithmetic and lines as the page and its CSV.</summary>
internal static class RewardStatementPdf
{
    public static PdfReport Build(RewardStatementView v, RewardTexts texts, IStringLocalizer l, BusinessClock clock)
    {
        var culture = CultureInfo.InvariantCulture;
        var period = $"{v.Period.Key} ({v.Period.Start.ToString("yyyy-MM-dd", culture)} – {v.Period.End.ToString("yyyy-MM-dd", culture)})";
        var report = new PdfReport(l["Rewards_StatementTitle", v.Target.ScopeName, l["Rewards_Metric_" + v.Target.Metric], v.Period.Key]);
        var status = l["Rewards_State_" + v.State].Value;
        if (v.ClosedAt is { } closedAt)
        {
            status += " · " + l["Rewards_ClosedAt", clock.Format(closedAt), v.ClosedBy ?? ""];
        }
        else if (v.CalculatedAt is { } calculatedAt)
        {
            status += " · " + l["Rewards_CalculatedAt", clock.Format(calculatedAt)];
        }
        report.KeyValues(
            (l["Rewards_Col_Status"], status),
            (l["Rewards_Col_Scope"], $"{v.Target.ScopeName} ({l["Rewards_Scope_" + v.Target.Scope]})"),
            (l["Rewards_Period"], period),
            (l["Rewards_Col_Target"], "¥" + v.Inputs.Target.ToString("N2", culture)),
            (l["Rewards_Col_Actual"], "¥" + v.Inputs.Actual.ToString("N2", culture)),
            (l["Rewards_Col_Pool"], "¥" + v.Outcome.Pool.ToString("N2", culture)));
        var steps = texts.Arithmetic(v.Inputs, v.Outcome);
        report.Heading(l["Rewards_Arithmetic"]).Paragraph(string.Join('\n', steps.Select((step, i) => $"{i + 1}. {step}")));
        PdfColumn[] columns =
        [
            new(l["Rewards_Col_Rank"], 0.6, Numeric: true), new(l["Rewards_Col_Name"], 1.4), new(l["Rewards_Col_CompletedAt"], 1.3),
            new(l["Rewards_Col_Amount"], 1.1, Numeric: true), new(l["Rewards_Col_Reason"], 4),
        ];
        var rows = v.Lines.Select(line => (IReadOnlyList<string>)
        [
            line.Rank?.ToString(culture) ?? "", line.Name, line.CompletedAt is { } at ? clock.Format(at) : "",
            line.Amount.ToString("N2", culture), texts.Reason(line, v.Outcome),
        ]);
        return report.Table(columns, rows);
    }
}
