using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Reasons;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Reasons;

/// <summary>
/// Overdue reasons (Finance, the sales director, Admin): add, rename, order, require a text, deactivate; each reason
/// links to its playbook editor. A refused form is shown again with the problem next to its field.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ReasonQueries _queries;
    private readonly ReasonCommands _commands;
    private readonly IValidator<ReasonInput> _validator;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal IndexModel(ReasonQueries queries, ReasonCommands commands, IValidator<ReasonInput> validator, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    internal IReadOnlyList<ReasonRow> Reasons { get; private set; } = [];

    /// <summary>The form that was refused: a reason's id, or <see cref="Guid.Empty"/> for the "add" form.</summary>
    internal Guid? RefusedForm { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reasons = await _queries.ListAsync(ct);
        Input = new ReasonInput { SortOrder = Reasons.Count == 0 ? 1 : Reasons.Max(r => r.SortOrder) + 1 };
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        SaveAsync(Guid.Empty, () => _commands.AddAsync(Input, ct), "Reasons_Added", ct);

    public Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken ct) =>
        SaveAsync(id, () => _commands.UpdateAsync(id, Input, ct), "Reasons_Saved", ct);

    private async Task<IActionResult> SaveAsync(Guid form, Func<Task> save, string doneKey, CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                await save();
                return this.Done(_l[doneKey, Input.Name?.Trim() ?? string.Empty]);
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (UnauthorizedAccessException)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(refusal is StaleEditException ? string.Empty : "Input.Name", _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        RefusedForm = form;
        Reasons = await _queries.ListAsync(ct);
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
