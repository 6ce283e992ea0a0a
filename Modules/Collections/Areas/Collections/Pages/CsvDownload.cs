using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.SharedKernel.Csv;

namespace SalesSuite.Collections.Areas.Collections.Pages;

/// <summary>
/// A list as a CSV download through the kernel's <see cref="CsvExport"/> (UTF-8 with BOM for Excel, formula
/// injection neutralised). Headers are resource keys in the reader's language; when the cap cut the list, a last line
/// says so.
/// </summary>
internal static class CsvDownload
{
    public static FileContentResult Csv(
        this PageModel page, string name, LocalDate today, IStringLocalizer localizer, IReadOnlyList<string> headerKeys,
        IEnumerable<IReadOnlyList<object?>> rows, bool truncated = false)
    {
        var header = headerKeys.Select(k => localizer[k].Value).ToList();
        var lines = truncated
            ? rows.Append([localizer["Reports_CsvTruncated", Application.Reports.ReceivableBoardQueries.MaxExportRows].Value])
            : rows;
        var bytes = CsvExport.Write(header, lines);
        return page.File(bytes, "text/csv; charset=utf-8", $"{name}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }
}
