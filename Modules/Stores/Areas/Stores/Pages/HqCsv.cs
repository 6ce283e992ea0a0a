using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.SharedKernel.Csv;

namespace SalesSuite.Stores.Areas.Stores.Pages;

/// <summary>A headquarters table as CSV (the kernel's <see cref="CsvExport"/>: UTF-8 with BOM, formula injection neutralised).</summary>
internal static class HqCsv
{
    public static FileContentResult Csv(
        this PageModel page, string name, LocalDate today, IStringLocalizer localizer, IReadOnlyList<string> headerKeys,
        IEnumerable<IReadOnlyList<object?>> rows, bool truncated = false)
    {
        var header = headerKeys.Select(k => localizer[k].Value).ToList();
        var lines = truncated ? rows.Append([localizer["Hq_CsvTruncated"].Value]) : rows;
        return page.File(CsvExport.Write(header, lines), "text/csv; charset=utf-8",
            $"{name}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary>A rate as a number in the file (0.875), empty when there is none.</summary>
    public static object? Rate(decimal? rate) => rate is { } r ? Math.Round(r, 4) : null;
}
