using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.ActionTypes;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Config.ActionTypes;

/// <summary>
/// Adds (no id) or changes a key action type and its evidence standard. Changing the event re-renders only the conditions
/// it supports (htmx). A refused form is shown again as posted (422; stale: 409); nothing is saved.
/// </summary>
public sealed class EditModel : PageModel
{
    private readonly ActionTypeQueries _queries;
    private readonly ActionTypeCommands _commands;
    private readonly IValidator<ActionTypeInput> _validator;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal EditModel(ActionTypeQueries queries, ActionTypeCommands commands, IValidator<ActionTypeInput> validator, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public ActionTypeInput Input { get; set; } = new() { EventType = EvidenceCatalog.FollowUpLogged };

    internal EvidenceSource? Source => EvidenceCatalog.Find(Input.EventType);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await _queries.FindAsync(id, ct) is not { } type)
            {
                return NotFound();
            }
            Input = ActionTypeInput.From(type);
        }
        return Page();
    }

    /// <summary>The conditions the chosen event supports (htmx swap when the event changes).</summary>
    public IActionResult OnGetConditions([Bind(Prefix = "Input")] ActionTypeInput input)
    {
        Input = input;
        return Request.IsHtmx() ? Partial("_Conditions", this) : RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                if (Id is { } id)
                {
                    await _commands.SaveAsync(id, Input, ct);
                }
                else
                {
                    await _commands.AddAsync(Input, ct);
                }
                TempData.Flash(_l["ActionTypes_Saved", Input.NameZh ?? ""], "success");
                return RedirectToPage("Index");
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(FieldOf(refusal.Key), _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private static string FieldOf(string key) => key switch
    {
        "ActionType_Error_Code" or "ActionTypes_Error_CodeTaken" => "Input.Code",
        "ActionType_Error_Name" => "Input.NameZh",
        "ActionType_Error_Description" => "Input.Description",
        "ActionType_Error_HowToUrl" => "Input.HowToUrl",
        "ActionType_Error_HowToSeconds" => "Input.HowToSeconds",
        "Evidence_Error_UnknownEvent" => "Input.EventType",
        "Evidence_Error_NoValue" or "Evidence_Error_ValueLength" or "Evidence_Error_UnknownValue" => "Input.Value",
        "Evidence_Error_NoNumber" or "Evidence_Error_Number" => "Input.MinNumber",
        "Evidence_Error_NoFlag" => "Input.Flag",
        "Evidence_Error_Attachments" or "Evidence_Error_NoAttachments" => "Input.MinAttachments",
        "Evidence_Error_NoActor" => "Input.CreditTo",
        _ => string.Empty,
    };
}
