using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SalesSuite.SharedKernel.Csv;

namespace SalesSuite.SharedKernel.Web;

/// <summary>
/// A table as a CSV download through the kernel's <see cref="CsvExport"/> (UTF-8 with BOM for Excel, CRLF, formula
/// injection neutralised), named <c>&lt;name&gt;-&lt;yyyy-MM-dd&gt;.csv</c> after the business date. The caller passes
/// header texts already in the reader's language.
/// </summary>
public static class CsvDownload
{
    /// <summary>The content type every CSV download is sent with.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// The file for <paramref name="rows"/> under <paramref name="header"/>; when <paramref name="truncatedLine"/> is
    /// given (a cap cut the list), it is written as a last one-cell line.
    /// </summary>
    public static FileContentResult Csv(
        this PageModel page, string name, LocalDate today, IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<object?>> rows, string? truncatedLine = null)
    {
        var lines = truncatedLine is null ? rows : rows.Append([truncatedLine]);
        return page.File(CsvExport.Write(header, lines), ContentType, FileName(name, today));
    }

    /// <summary>The same file, streamed as <paramref name="rows"/> arrive (<see cref="CsvStreamResult"/>): for long lists.</summary>
    public static CsvStreamResult CsvStream(
        this PageModel page, string name, LocalDate today, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows) =>
        new(name, today, header, rows);

    /// <summary>The download's file name: <c>&lt;name&gt;-&lt;yyyy-MM-dd&gt;.csv</c>, the date in invariant culture.</summary>
    public static string FileName(string name, LocalDate today) =>
        $"{name}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
}
