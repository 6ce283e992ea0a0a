using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Stores.Application.Reports;

namespace SalesSuite.Stores.Areas.Stores.Pages.Report;

/// <summary>
/// The store manager's daily report form (<c>?storeId=</c>). The browser posts it with fetch (stores-report.js) so a
/// failed send never loses the page: 200 answers the confirmation fragment, 422 a JSON list of problems by field.
/// </summary>
/// <remarks>
/// Request size: 3 shelf photos, 3 screenshots, a photo per promotion and 5 recordings of 30 s fit in 60 MB (the host's
/// default for other pages stays 1 MB); the media service still enforces the per-file limits and the daily quota.
/// </remarks>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel : PageModel
{
    public const long MaxRequestBytes = 60L * 1024 * 1024;

    private readonly ReportQueries _queries;
    private readonly ReportCommands _commands;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(ReportQueries queries, ReportCommands commands, IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _commands = commands;
        _l = l;
    }

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    internal ReportFormView View { get; private set; } = null!;

    internal ReportSummary? Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid storeId, CancellationToken ct)
    {
        try
        {
            View = await _queries.FormAsync(storeId, ct);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        if (View.SubmittedReportId is { } id)
        {
            Submitted = await _queries.SummaryAsync(id, ct);
        }
        Input.IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid storeId, CancellationToken ct)
    {
        try
        {
            var result = await _commands.SubmitAsync(storeId, Input, Uploads(Request.Form.Files), ct);
            var summary = await _queries.SummaryAsync(result.ReportId, ct);
            return Partial("_Confirmation", new ConfirmationView(summary, result.AlreadyReceived));
        }
        catch (ReportRefusedException refusal)
        {
            var problems = refusal.Problems.Select(p => new ProblemView(p.Field, _l[p.Key, p.Arguments].Value)).ToList();
            var general = problems.Any(p => p.Field.Length == 0);
            return Json(StatusCodes.Status422UnprocessableEntity, _l[general ? "Report_Msg_Refused" : "Report_Msg_Fields"], problems);
        }
        catch (UnauthorizedAccessException)
        {
            return Json(StatusCodes.Status403Forbidden, _l["Report_Error_Forbidden"], []);
        }
        catch (KeyNotFoundException)
        {
            return Json(StatusCodes.Status404NotFound, _l["Report_Error_NoStore"], []);
        }
    }

    /// <summary>The posted files by field: Shelf (3), Screenshots, Recordings, and PromotionPhoto.{id} per promotion.</summary>
    private static ReportUploads Uploads(IFormFileCollection files)
    {
        static ReportUpload Upload(IFormFile f, string field) => new(field, f.FileName, f.ContentType ?? "application/octet-stream", f.Length,
            f.OpenReadStream);
        IReadOnlyList<ReportUpload> Named(string name) => files.GetFiles(name).Where(f => f.Length > 0).Select(f => Upload(f, name)).ToList();
        var promotions = new Dictionary<Guid, ReportUpload>();
        foreach (var f in files.Where(f => f.Length > 0 && f.Name.StartsWith("PromotionPhoto.", StringComparison.Ordinal)))
        {
            if (Guid.TryParse(f.Name["PromotionPhoto.".Length..], out var id))
            {
                promotions[id] = Upload(f, f.Name);
            }
        }
        return new ReportUploads(Named("Shelf"), Named("Screenshots"), Named("Recordings"), promotions);
    }

    private static JsonResult Json(int status, string message, IReadOnlyList<ProblemView> problems) =>
        new(new { message, problems }) { StatusCode = status };

    /// <summary>One problem as the browser places it: next to <c>[data-error-for=field]</c>, or at the top when field is "".</summary>
    private sealed record ProblemView(
        [property: System.Text.Json.Serialization.JsonPropertyName("field")] string Field,
        [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message);
}
