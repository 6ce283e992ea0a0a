using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using NodaTime;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Leads;

/// <summary>
/// The list's CSV written to the response as the rows arrive (a list of any length in constant memory): the same file as
/// the kernel's <c>this.Csv(...)</c> makes — UTF-8 with BOM, CRLF, formula injection escaped with a leading '. The
/// options repeat the kernel's <c>CsvExport</c> ones because that writer only buffers whole files; a streaming writer
/// belongs in the kernel next to it (kept here so this change stays inside the leads list).
/// </summary>
internal sealed class CsvStreamResult(string name, LocalDate today, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows)
    : IActionResult
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        ValidateFieldCount = false,
    };

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var ct = context.HttpContext.RequestAborted;
        var response = context.HttpContext.Response;
        response.ContentType = CsvDownload.ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(CsvDownload.FileName(name, today));
        response.Headers.ContentDisposition = disposition.ToString();
        await using var csv = CsvWriter.Create(response.Body, Options, leaveOpen: true);
        foreach (var cell in header)
        {
            csv.WriteField(cell);
        }
        await csv.EndRecordAsync(ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }
}
