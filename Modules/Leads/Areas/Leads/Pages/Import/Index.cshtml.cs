using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Import;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Import;

/// <summary>CSV import: preview with per-row problems; all or nothing (any bad row blocks the whole file).</summary>
/// <remarks>The confirmed text comes back in one form field, so the field limit is above the largest accepted file.</remarks>
/// <summary>A trade-show file (and its confirmed preview) is larger than the host's small default body limit.</summary>
[RequestSizeLimit(40 * 1024 * 1024)]
[RequestFormLimits(ValueLengthLimit = 32 * 1024 * 1024, MultipartBodyLengthLimit = 40 * 1024 * 1024)]
public sealed class IndexModel : PageModel
{
    /// <summary>At most this many rows of each kind are rendered; a 20,000-row file is summarised, not listed.</summary>
    public const int Shown = 50;

    private readonly ImportCommands _import;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(ImportCommands import, IStringLocalizer<LeadsModule> l)
    {
        _import = import;
        _l = l;
    }

    internal IReadOnlyList<CsvRow> Rows { get; private set; } = [];
    public string Csv { get; private set; } = "";
    internal int ProblemCount => Rows.Count(r => !r.Valid);

    /// <summary>Rows with problems first, then the first valid rows; never the whole file.</summary>
    internal IEnumerable<CsvRow> ShownRows => Rows.Where(r => !r.Valid).Take(Shown).Concat(Rows.Where(r => r.Valid).Take(Shown));

    internal string MaxSize => _import.Limits.MaxSize;
    internal int MaxRows => _import.Limits.MaxRows;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        var problem = file is null || file.Length == 0 ? _l["Import_NoFile"]
            : !string.Equals(Path.GetExtension(file.FileName), ".csv", StringComparison.OrdinalIgnoreCase) ? _l["Import_WrongType"]
            : file.Length > _import.Limits.MaxBytes ? _l["Csv_TooLarge", MaxSize]
            : null;
        if (problem is not null)
        {
            ModelState.AddModelError("file", problem);
            return Page();
        }
        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, ct);
        try
        {
            (Csv, Rows) = await _import.PreviewFileAsync(buffer.ToArray(), ct);
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError("file", _l.Text(refusal));
            return Page();
        }
        if (Rows.Count == 0)
        {
            ModelState.AddModelError("file", _l["Import_Empty"]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? csv, CancellationToken ct)
    {
        Csv = csv ?? "";
        try
        {
            var count = await _import.ImportAsync(Csv, ct);
            TempData.Flash(_l["Import_Done", count], "success");
            return RedirectToPage("/Pool/Index");
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(string.Empty, _l.Text(refusal));
            try
            {
                Rows = await _import.PreviewAsync(Csv, ct);
            }
            catch (DomainException)
            {
                Rows = [];
            }
            return Page();
        }
    }
}
