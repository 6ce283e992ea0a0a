using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Intake;

/// <summary>Lead intake form with duplicate warning (normalised phone, company name, credit code): link, or confirm new.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly LeadIntake _intake;
    private readonly CustomerRegistry _customers;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(LeadsDbContext db, LeadsAccess access, LeadIntake intake, CustomerRegistry customers, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _intake = intake;
        _customers = customers;
        _operation = operation;
        _l = l;
    }

    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    internal IReadOnlyList<Customer> Duplicates { get; private set; } = [];
    public IReadOnlyList<(string Name, string Label, IReadOnlyList<string> Values)> TagFields { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadTagsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadTagsAsync(ct);
        if (!string.IsNullOrWhiteSpace(Input.Phone) && !DuplicateKeys.IsValidPhone(Input.Phone))
        {
            ModelState.AddModelError("Input.Phone", _l["Intake_PhoneInvalid"]);
        }
        if (!string.IsNullOrEmpty(Input.Source) && TagFields[0].Values.All(v => v != Input.Source))
        {
            ModelState.AddModelError("Input.Source", _l["Intake_SourceUnknown"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var details = Input.ToDetails();
        var duplicates = await _customers.FindDuplicatesAsync(details, ct);
        var link = Input.LinkCustomerId is { } linkId ? duplicates.FirstOrDefault(d => d.Id == linkId) : null;
        if (duplicates.Count > 0 && link is null && !Input.ConfirmNew)
        {
            Duplicates = duplicates;
            ModelState.AddModelError(string.Empty, _l["Intake_DuplicateChoose"]);
            return Page();
        }
        _operation.Begin("Lead.Intake");
        var lead = await _intake.CreateAsync(details, _access.UserId, link, ct);
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l[lead.Status == LeadStatus.Assigned ? "Intake_CreatedAssigned" : "Intake_Created", lead.Company], "success");
        return RedirectToPage("/Pool/Index");
    }

    public string? Current(string name) => name switch
    {
        nameof(IntakeInput.Source) => Input.Source,
        nameof(IntakeInput.Industry) => Input.Industry,
        nameof(IntakeInput.BudgetBand) => Input.BudgetBand,
        _ => Input.NeedType,
    };

    private async Task LoadTagsAsync(CancellationToken ct)
    {
        var tags = await _db.TagOptions.AsNoTracking().OrderBy(t => t.Position).ToListAsync(ct);
        IReadOnlyList<string> Of(TagCategory c) => tags.Where(t => t.Category == c).Select(t => t.Value).ToList();
        TagFields =
        [
            (nameof(IntakeInput.Source), "Lead_Source", Of(TagCategory.Source)),
            (nameof(IntakeInput.Industry), "Lead_Industry", Of(TagCategory.Industry)),
            (nameof(IntakeInput.BudgetBand), "Lead_Budget", Of(TagCategory.Budget)),
            (nameof(IntakeInput.NeedType), "Lead_Need", Of(TagCategory.Need)),
        ];
    }
}
