using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Progress;

/// <summary>What the progress pages share: the request's language, the period choices, dates in URLs and the CSV.</summary>
internal static class ProgressPage
{
    public static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The periods offered: this, the previous and the next quarter, month and week around today, plus the one shown.</summary>
    public static IReadOnlyList<string> PeriodChoices(GoalPeriod shown, LocalDate today)
    {
        var keys = new[] { PeriodKind.Quarter, PeriodKind.Month, PeriodKind.Week }
            .SelectMany(k => { var p = GoalPeriod.Of(k, today); return new[] { p.Previous, p, p.Next }; })
            .Select(p => p.Key).ToList();
        return keys.Contains(shown.Key) ? keys : [shown.Key, .. keys];
    }

    public static string Date(LocalDate day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string BandClass(CompletionBand band) => band switch
    {
        CompletionBand.Red => "rag rag-red",
        CompletionBand.Amber => "rag rag-amber",
        CompletionBand.LightGreen => "rag goals-progress-lightgreen",
        CompletionBand.Green => "rag rag-green",
        _ => "rag rag-none",
    };

    public static string Percent(int? percent) => percent is { } p ? p.ToString(CultureInfo.InvariantCulture) + "%" : "–";

    public static FileContentResult Csv(PageModel page, string name, LocalDate today, IStringLocalizer l, IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<object?>> rows, bool truncated = false) =>
        page.Csv(name, today, header, rows, truncated ? l["Progress_CsvTruncated"].Value : null);
}
