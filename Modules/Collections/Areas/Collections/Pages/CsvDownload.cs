using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Collections.Application.Reports;

namespace SalesSuite.Collections.Areas.Collections.Pages;

/// <summary>
/// A list as a CSV download through the kernel's <see cref="SharedKernel.Web.CsvDownload"/>. Headers are resource
/// keys in the reader's language; when the cap cut the list, a last line says so.
/// </summary>
internal static class CsvDownload
{
    public static FileContentResult Csv(
        this PageModel page, string name, LocalDate today, IStringLocalizer localizer, IReadOnlyList<string> headerKeys,
        IEnumerable<IReadOnlyList<object?>> rows, bool truncated = false) =>
        SharedKernel.Web.CsvDownload.Csv(
            page, name, today, [.. headerKeys.Select(k => localizer[k].Value)], rows,
            truncated ? localizer["Reports_CsvTruncated", ReceivableBoardQueries.MaxExportRows].Value : null);
}
