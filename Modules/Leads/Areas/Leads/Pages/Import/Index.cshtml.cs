using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Import;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Import;

/// <summary>CSV import: preview with per-row problems; all or nothing (any bad row blocks the whole file).</summary>
public sealed class IndexModel : PageModel
{
    private readonly ImportCommands _import;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(ImportCommands import, IStringLocalizer<LeadsModule> l)
    {
        _import = import;
        _l = l;
    }

    internal IReadOnlyList<CsvRow> Rows { get; private set; } = [];
    public string Csv { get; private set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        var problem = file is null || file.Length == 0 ? "Import_NoFile"
            : !string.Equals(Path.GetExtension(file.FileName), ".csv", StringComparison.OrdinalIgnoreCase) ? "Import_WrongType"
            : file.Length > ImportCommands.MaxBytes ? "Import_TooLarge"
            : null;
        if (problem is not null)
        {
            ModelState.AddModelError("file", _l[problem]);
            return Page();
        }
        using var reader = new StreamReader(file!.OpenReadStream(), detectEncodingFromByteOrderMarks: true);
        Csv = await reader.ReadToEndAsync(ct);
        Rows = await _import.PreviewAsync(Csv, ct);
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
            Rows = await _import.PreviewAsync(Csv, ct);
            ModelState.AddModelError(string.Empty, _l.Text(refusal));
            return Page();
        }
    }
}
