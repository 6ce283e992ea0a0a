using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Stores.Areas.Stores.Pages;

/// <summary>A headquarters table as CSV (the kernel's <see cref="CsvDownload"/>: UTF-8 with BOM, formula injection neutralised).</summary>
internal static class HqCsv
{
    public static FileContentResult Csv(
        this PageModel page, string name, LocalDate today, IStringLocalizer localizer, IReadOnlyList<string> headerKeys,
        IEnumerable<IReadOnlyList<object?>> rows, bool truncated = false) =>
        CsvDownload.Csv(
            page, name, today, [.. headerKeys.Select(k => localizer[k].Value)], rows,
            truncated ? localizer["Hq_CsvTruncated"].Value : null);

    /// <summary>A rate as a number in the file (0.875), empty when there is none.</summary>
    public static object? Rate(decimal? rate) => rate is { } r ? Math.Round(r, 4) : null;
}
