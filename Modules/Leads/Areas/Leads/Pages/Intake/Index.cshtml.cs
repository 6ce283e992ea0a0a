using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Application.Intake;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Intake;

/// <summary>Lead intake form with duplicate warning (normalised phone, company name, credit code): link, or confirm new.</summary>
public sealed class IndexModel : PageModel
{
    private readonly IntakeCommands _intake;
    private readonly IValidator<IntakeInput> _validator;
    private readonly TagQueries _tags;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(IntakeCommands intake, IValidator<IntakeInput> validator, TagQueries tags, IStringLocalizer<LeadsModule> l)
    {
        _intake = intake;
        _validator = validator;
        _tags = tags;
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
        if (!ModelState.Validate(_validator, Input, _l) || !ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var result = await _intake.SubmitAsync(Input, ct);
            if (result.NeedsChoice)
            {
                Duplicates = result.Duplicates;
                ModelState.AddModelError(string.Empty, _l["Intake_DuplicateChoose"]);
                return Page();
            }
            var lead = result.Lead!;
            TempData.Flash(_l[lead.Status == LeadStatus.Assigned ? "Intake_CreatedAssigned" : "Intake_Created", lead.Company], "success");
            return RedirectToPage("/Pool/Index");
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError("Input.Source", _l.Text(refusal));
            return Page();
        }
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
        var tags = await _tags.ByCategoryAsync(ct);
        TagFields =
        [
            (nameof(IntakeInput.Source), "Lead_Source", tags[TagCategory.Source].ToList()),
            (nameof(IntakeInput.Industry), "Lead_Industry", tags[TagCategory.Industry].ToList()),
            (nameof(IntakeInput.BudgetBand), "Lead_Budget", tags[TagCategory.Budget].ToList()),
            (nameof(IntakeInput.NeedType), "Lead_Need", tags[TagCategory.Need].ToList()),
        ];
    }
}
