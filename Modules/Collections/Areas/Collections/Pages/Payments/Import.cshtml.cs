using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Payments.Import;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Payments;

/// <summary>
/// Bank-statement import (Finance): upload → preview of every row with its match and problems (nothing saved) →
/// confirm, which saves every row or none. The confirm form carries the previewed text with its hash and plan.
/// </summary>
/// <remarks>A statement (and its confirmed preview) is larger than the host's small default body limit.</remarks>
[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(ValueLengthLimit = 8 * 1024 * 1024, MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public sealed class ImportModel : PageModel
{
    /// <summary>At most this many rows of each kind (problems, good rows) are listed.</summary>
    public const int Shown = 200;

    private readonly PaymentImportCommands _import;
    private readonly CollectionsAccess _access;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal ImportModel(PaymentImportCommands import, CollectionsAccess access, IStringLocalizer<CollectionsModule> l)
    {
        _import = import;
        _access = access;
        _l = l;
    }

    internal ImportPreview? Preview { get; private set; }
    public string Csv { get; private set; } = string.Empty;

    internal IEnumerable<ImportRow> ShownRows => Preview is null ? []
        : Preview.Rows.Where(r => !r.Valid).Take(Shown).Concat(Preview.Rows.Where(r => r.Valid).Take(Shown)).OrderBy(r => r.Line);

    internal string MaxSize => _import.Limits.MaxSize;
    internal int MaxRows => _import.Limits.MaxRows;

    public IActionResult OnGet() => _access.IsFinance ? Page() : Forbid();

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        if (!_access.IsFinance)
        {
            return Forbid();
        }
        var problem = file is null || file.Length == 0 ? _l["PaymentImport_NoFile"]
            : file.Length > _import.Limits.MaxBytes ? _l["Csv_TooLarge", MaxSize]
            : null;
        if (problem is not null)
        {
            return Invalid("file", problem);
        }
        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, ct);
        try
        {
            (Csv, Preview) = await _import.PreviewFileAsync(buffer.ToArray(), ct);
        }
        catch (DomainException refusal)
        {
            return Invalid("file", _l.Text(refusal));
        }
        return Preview.Rows.Count == 0 ? Invalid("file", _l["PaymentImport_Empty"]) : Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? csv, string? hash, string? plan, CancellationToken ct)
    {
        if (!_access.IsFinance)
        {
            return Forbid();
        }
        Csv = csv ?? string.Empty;
        try
        {
            var count = await _import.ImportAsync(Csv, hash, plan, ct);
            TempData.Flash(_l["PaymentImport_Done", count], "success");
            return RedirectToPage("/Payments/Index");
        }
        catch (ImportRefused refused)
        {
            Preview = refused.Preview;
            return Invalid(string.Empty, _l.Text(refused));
        }
        catch (DomainException refusal)
        {
            return Invalid(string.Empty, _l.Text(refusal));
        }
    }

    /// <summary>The row's problems in the reader's language ("line 3: …").</summary>
    internal IEnumerable<string> Problems(ImportRow row) =>
        row.Problems.Select(p => _l["PaymentImport_RowProblem", row.Line, _l[p.Key, [.. p.Arguments]].Value].Value);

    private PageResult Invalid(string field, string message)
    {
        ModelState.AddModelError(field, message);
        var page = Page();
        page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }
}
