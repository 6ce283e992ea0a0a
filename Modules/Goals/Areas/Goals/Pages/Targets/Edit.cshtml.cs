using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Targets;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Targets;

/// <summary>
/// Creates or changes a target (?id= to change; ?period=&amp;who=&amp;metric=&amp;amount= to start one) with its key actions
/// suggested from history ("Suggest" re-reads the amount and overwrites the quantities), each line editable.
/// </summary>
public sealed class EditModel : PageModel
{
    private readonly TargetFormQueries _queries;
    private readonly TargetCommands _commands;
    private readonly IValidator<TargetInput> _validator;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal EditModel(TargetFormQueries queries, TargetCommands commands, IValidator<TargetInput> validator, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public TargetInput Input { get; set; } = new();

    internal TargetForm Form { get; private set; } = null!;
    public string? Stale { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid? id, string? period, string? who, string? metric, string? amount, CancellationToken ct) =>
        this.GuardAsync(async () =>
        {
            Input = new TargetInput { Id = id, Period = period, Who = who, Metric = metric, Amount = amount };
            Form = await _queries.FormAsync(Input, fromStore: id is not null, suggest: id is null && amount is not null, ct);
            return Form.IsNew && Form.People.Count == 0 && !Form.CanCompany ? StatusCode(StatusCodes.Status403Forbidden) : Page();
        });

    public Task<IActionResult> OnPostSuggestAsync(CancellationToken ct) =>
        this.GuardAsync(async () =>
        {
            ModelState.Clear();
            var valid = ModelState.Validate(_validator, Input, _l);
            Form = await _queries.FormAsync(Input, fromStore: false, suggest: valid, ct);
            if (!valid)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
            return Page();
        });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.GuardAsync(async () =>
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
            {
                try
                {
                    await _commands.SaveAsync(Input, ct);
                    TempData.Flash(_l["Targets_Saved"].Value);
                    return RedirectToPage("./Index", new { period = Input.Period });
                }
                catch (StaleEditException stale)
                {
                    Stale = _l.Text(stale);
                    Response.StatusCode = stale.StatusCode;
                }
                catch (DomainException refusal)
                {
                    ModelState.AddModelError(FieldOf(refusal.Key), _l.Text(refusal));
                }
            }
            Form = await _queries.FormAsync(Input, fromStore: false, suggest: false, ct);
            return Page();
        });

    private static string FieldOf(string key) => key switch
    {
        "Targets_Error_Period" => "Input.Period",
        "Targets_Error_Duplicate" or "Target_Error_Scope" or "Targets_Error_ScopeKind" => "Input.Who",
        "Targets_Error_Metric" => "Input.Metric",
        _ when key.StartsWith("Target_Error_", StringComparison.Ordinal) || key == "Targets_Error_Number" => "Input.Amount",
        _ => string.Empty,
    };
}
