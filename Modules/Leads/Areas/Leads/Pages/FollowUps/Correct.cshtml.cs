using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Corrections;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.FollowUps;

/// <summary>
/// Corrects a logged follow-up (owner or manager) and shows its correction history. While the owner is in trace mode
/// the reason is required (422 next to the field); a form older than the record answers 409, the input kept.
/// </summary>
public sealed class CorrectModel : PageModel
{
    private readonly CorrectionQueries _queries;
    private readonly CorrectionCommands _commands;
    private readonly TraceModeQueries _trace;
    private readonly IValidator<CorrectionInput> _validator;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal CorrectModel(
        CorrectionQueries queries, CorrectionCommands commands, TraceModeQueries trace, IValidator<CorrectionInput> validator,
        IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _trace = trace;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public CorrectionInput Input { get; set; } = new();

    internal CorrectionView View { get; private set; } = null!;
    public TraceModeNotice? TraceMode { get; private set; }
    public (string Text, string Kind)? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, keepInput: false, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                var customerId = await _commands.CorrectAsync(id, Input, ct);
                TempData.Flash(_l["Correction_Saved"], "success");
                return RedirectToPage("/Customers/Detail", new { id = customerId });
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (UnauthorizedAccessException)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (StaleEditException stale)
            {
                Message = (_l.Text(stale), "warning");
                return await LoadAsync(id, keepInput: true, ct) ? Render(stale.StatusCode) : NotFound();
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(FieldOf(refusal), _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        return await LoadAsync(id, keepInput: true, ct) ? Render(status) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, bool keepInput, CancellationToken ct)
    {
        if (await _queries.FormAsync(id, ct) is not { } view)
        {
            return false;
        }
        View = view;
        TraceMode = await _trace.MineAsync(ct);
        if (!keepInput)
        {
            ModelState.Clear();
            Input = CorrectionInput.From(view.FollowUp);
        }
        return true;
    }

    private PageResult Render(int status)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private static string FieldOf(DomainException refusal) => refusal.Key switch
    {
        "Correction_ReasonRequired" or "Correction_ReasonTooLong" => "Input.Reason",
        "FollowUp_SummaryRequired" or "FollowUp_SummaryTooLong" => "Input.Summary",
        _ => string.Empty,
    };
}
