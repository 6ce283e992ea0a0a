using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Health.Areas.Health.Pages;

/// <summary>Every Health table as a CSV download (kernel <see cref="CsvDownload"/>): headers are resource keys in the reader's language.</summary>
internal static class HealthCsv
{
    public static FileContentResult Csv(this PageModel page, string name, LocalDate today, IStringLocalizer l, IReadOnlyList<string> headerKeys,
        IEnumerable<IReadOnlyList<object?>> rows) =>
        CsvDownload.Csv(page, name, today, [.. headerKeys.Select(k => l[k].Value)], rows);

    /// <summary>A value in % or days as the CSV shows it: one decimal.</summary>
    public static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
