using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Quotes.Application;
using SalesSuite.Quotes.Application.Offer;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Quotes.Areas.Quotes.Pages.Plans;

/// <summary>
/// The three instalment plans the quote page proposes: everyone sees them (and the CSV); the director and Finance edit
/// them (shares add up to 100 %, days ascend; a stale form is 409, a broken rule 422 with nothing saved).
/// </summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Rows per plan on the form (filled ones plus blanks), up to the settings' maximum.</summary>
    public const int Rows = InstalmentPlanSettings.MaxItems;

    private readonly RecordAccess _access;
    private readonly ModuleSettings<QuotesDbContext, InstalmentPlanSettings> _settings;
    private readonly IStringLocalizer<QuotesModule> _l;
    private readonly InstalmentPlanCommands _commands;

    internal IndexModel(
        RecordAccess access, ModuleSettings<QuotesDbContext, InstalmentPlanSettings> settings, InstalmentPlanCommands commands,
        IStringLocalizer<QuotesModule> l)
    {
        _access = access;
        _commands = commands;
        _settings = settings;
        _l = l;
    }

    [BindProperty]
    public InstalmentPlansInput Input { get; set; } = new();

    internal bool CanConfigure => _access.CanConfigurePlans();

    public async Task OnGetAsync(CancellationToken ct) => Input = InstalmentPlansInput.From(await _settings.ReadAsync(ct), Rows);

    public async Task<IActionResult> OnGetCsvAsync([FromServices] BusinessClock clock, CancellationToken ct)
    {
        var plans = (await _settings.ReadAsync(ct)).Plans;
        string[] header = [_l["Gap_Plans_Plan"], _l["Offer_Instalment"], "%", _l["Gap_Plans_Days"]];
        return this.Csv("instalment-plans", clock.Today, header, plans.SelectMany(p => p.Items.Select(i =>
            (IReadOnlyList<object?>)[_l["Offer_Plan_" + p.Kind].Value, i.Name, i.Percent, i.DueDaysAfterSigning])));
    }

    public async Task<IActionResult> OnPostAsync([FromServices] IValidator<InstalmentPlansInput> validator, CancellationToken ct)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }
        if (!ModelState.IsValid || !ModelState.Validate(validator, Input, _l))
        {
            return Again(422);
        }
        try
        {
            await _commands.SaveAsync(Input, ct);
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(string.Empty, _l.Text(refusal));
            return Again(refusal.StatusCode);
        }
        return this.Done(_l["Gap_Plans_Saved"]);
    }

    /// <summary>The form again with what was entered (and blank rows up to <see cref="Rows"/>), with its problems.</summary>
    private PageResult Again(int status)
    {
        foreach (var plan in Input.Plans)
        {
            while (plan.Items.Count < Rows)
            {
                plan.Items.Add(new InstalmentPlansInput.ItemInput());
            }
        }
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
