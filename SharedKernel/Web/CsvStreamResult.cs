using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using NodaTime;
using SalesSuite.SharedKernel.Csv;

namespace SalesSuite.SharedKernel.Web;

/// <summary>
/// A CSV download written to the response as the rows arrive (<see cref="CsvExport.WriteAsync"/>): the same file and
/// name as <see cref="CsvDownload.Csv"/>, for lists too long to hold in memory. Made by <see cref="CsvDownload.CsvStream"/>.
/// </summary>
public sealed class CsvStreamResult(string name, LocalDate today, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows)
    : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = CsvDownload.ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(CsvDownload.FileName(name, today));
        response.Headers.ContentDisposition = disposition.ToString();
        await CsvExport.WriteAsync(response.Body, header, rows, context.HttpContext.RequestAborted);
    }
}
