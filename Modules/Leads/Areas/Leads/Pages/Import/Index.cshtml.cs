using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Import;

/// <summary>CSV import: preview with per-row problems; all or nothing (any bad row blocks the whole file).</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly CsvLeadImport _import;
    private readonly LeadIntake _intake;
    private readonly CustomerRegistry _customers;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(LeadsDbContext db, LeadsAccess access, CsvLeadImport import, LeadIntake intake, CustomerRegistry customers, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _import = import;
        _intake = intake;
        _customers = customers;
        _operation = operation;
        _l = l;
    }

    internal IReadOnlyList<CsvRow> Rows { get; private set; } = [];
    public string Csv { get; private set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", _l["Import_NoFile"]);
            return Page();
        }
        if (!string.Equals(Path.GetExtension(file.FileName), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("file", _l["Import_WrongType"]);
            return Page();
        }
        if (file.Length > CsvLeadImport.MaxBytes)
        {
            ModelState.AddModelError("file", _l["Import_TooLarge"]);
            return Page();
        }
        using var reader = new StreamReader(file.OpenReadStream(), detectEncodingFromByteOrderMarks: true);
        Csv = await reader.ReadToEndAsync(ct);
        Rows = await _import.ParseAsync(Csv, ct);
        if (Rows.Count == 0)
        {
            ModelState.AddModelError("file", _l["Import_Empty"]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? csv, CancellationToken ct)
    {
        Csv = csv ?? "";
        Rows = await _import.ParseAsync(Csv, ct);
        if (Rows.Count == 0 || Rows.Any(r => !r.Valid))
        {
            ModelState.AddModelError(string.Empty, _l["Import_Blocked"]);
            return Page();
        }
        _operation.Begin("Lead.Import");
        foreach (var row in Rows)
        {
            var duplicate = (await _customers.FindDuplicatesAsync(row.Details, ct)).FirstOrDefault();
            await _intake.CreateAsync(row.Details, _access.UserId, duplicate, ct);
        }
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l["Import_Done", Rows.Count], "success");
        return RedirectToPage("/Pool/Index");
    }
}
