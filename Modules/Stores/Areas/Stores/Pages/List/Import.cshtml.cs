using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Csv;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application;
using SalesSuite.Stores.Application.Master;

namespace SalesSuite.Stores.Areas.Stores.Pages.List;

/// <summary>
/// Store CSV import (configuration roles): upload → preview of every line with its problems (nothing saved) → "import all",
/// which saves every line or none. The confirm form carries the previewed text and its hash.
/// </summary>
[RequestSizeLimit(6 * 1024 * 1024)]
[RequestFormLimits(ValueLengthLimit = 4 * 1024 * 1024, MultipartBodyLengthLimit = 6 * 1024 * 1024)]
public sealed class ImportModel : PageModel
{
    /// <summary>At most this many lines of each kind (problems, good lines) are listed.</summary>
    public const int Shown = 300;

    internal static readonly IReadOnlyList<string> TemplateHeaders =
    [
        "Master_Field_Code", "Master_Field_Name", "Master_Field_Address", "Master_Field_Region", "Master_Field_Latitude",
        "Master_Field_Longitude", "Master_Field_Radius", "Master_Field_Dwell", "Master_Import_SupervisorColumn", "Master_Import_ManagersColumn",
    ];

    private readonly StoreImportService _import;
    private readonly StoresAccess _access;
    private readonly IStringLocalizer<StoresModule> _l;

    internal ImportModel(StoreImportService import, StoresAccess access, IStringLocalizer<StoresModule> l)
    {
        _import = import;
        _access = access;
        _l = l;
    }

    internal StoreImportPreview? Preview { get; private set; }
    public string Csv { get; private set; } = string.Empty;

    internal IEnumerable<StoreImportRow> ShownRows => Preview is null ? []
        : Preview.Rows.Where(r => !r.Valid).Take(Shown).Concat(Preview.Rows.Where(r => r.Valid).Take(Shown)).OrderBy(r => r.Line);

    internal string MaxSize => _import.Limits.MaxSize;
    internal int MaxRows => _import.Limits.MaxRows;

    public IActionResult OnGet() => _access.CanConfigure ? Page() : Forbid();

    /// <summary>The template: the header in the reader's language and one example line (UTF-8 with BOM, as Excel opens it).</summary>
    public IActionResult OnGetTemplate()
    {
        if (!_access.CanConfigure)
        {
            return Forbid();
        }
        var bytes = CsvExport.Write([.. TemplateHeaders.Select(k => _l[k].Value)],
            [["SH001", _l["Master_Import_ExampleName"].Value, _l["Master_Import_ExampleAddress"].Value, _l["Master_Import_ExampleRegion"].Value,
              "31.230416", "121.473701", 500, 8, "mgr.east", "store01"]]);
        return File(bytes, "text/csv; charset=utf-8", "stores-template.csv");
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        if (!_access.CanConfigure)
        {
            return Forbid();
        }
        var problem = file is null || file.Length == 0 ? _l["Master_Import_NoFile"]
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
        return Preview.Rows.Count == 0 ? Invalid("file", _l["Master_Import_Empty"]) : Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? csv, string? hash, CancellationToken ct)
    {
        if (!_access.CanConfigure)
        {
            return Forbid();
        }
        Csv = csv ?? string.Empty;
        try
        {
            var count = await _import.ImportAsync(Csv, hash, ct);
            TempData.Flash(_l["Master_Import_Done", count], "success");
            return RedirectToPage("/List/Index");
        }
        catch (StoreImportRefused refused)
        {
            Preview = refused.Preview;
            return Invalid(string.Empty, _l.Text(refused));
        }
        catch (DomainException refusal)
        {
            return Invalid(string.Empty, _l.Text(refusal));
        }
    }

    /// <summary>The line's problems in the reader's language ("line 3: …").</summary>
    internal IEnumerable<string> Problems(StoreImportRow row) =>
        row.Problems.Select(p => _l["Master_Import_RowProblem", row.Line, _l[p.Key, [.. p.Arguments]].Value].Value);

    private PageResult Invalid(string field, string message)
    {
        ModelState.AddModelError(field, message);
        var page = Page();
        page.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }
}
