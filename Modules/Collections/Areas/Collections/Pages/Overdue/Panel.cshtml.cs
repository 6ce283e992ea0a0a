using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Overdue;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Overdue;

/// <summary>
/// The overdue panel of one milestone: the tag form and the playbook as tasks with their progress. An htmx request
/// gets the fragment alone (the milestone page loads it with <c>hx-get … hx-trigger="load"</c>); a plain request the
/// full page. Every answer re-renders the panel: 422 with the problem next to its field, 409 when the milestone changed.
/// </summary>
public sealed class PanelModel : PageModel
{
    private readonly OverdueQueries _queries;
    private readonly OverdueCommands _commands;
    private readonly IValidator<TagInput> _validator;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal PanelModel(OverdueQueries queries, OverdueCommands commands, IValidator<TagInput> validator, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public TagInput Input { get; set; } = new();

    internal OverduePanelView View { get; private set; } = null!;
    internal (string Text, string Kind)? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid receivableId, CancellationToken ct)
    {
        if (!await LoadAsync(receivableId, keepInput: false, ct))
        {
            return NotFound();
        }
        return Render(StatusCodes.Status200OK);
    }

    public async Task<IActionResult> OnPostTagAsync(Guid receivableId, CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                var reason = await _commands.TagAsync(receivableId, Input.ReasonId, Input.Text, Input.Version, ct);
                return await AnswerDoneAsync(receivableId, _l["Overdue_Tagged", reason], ct);
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
                // Their choice stays in the form; the panel shows what is stored now.
                Message = (_l.Text(stale), "warning");
                status = stale.StatusCode;
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(FieldOf(refusal), _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        return await LoadAsync(receivableId, keepInput: true, ct) ? Render(status) : NotFound();
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid receivableId, Guid taskId, int version, CancellationToken ct)
    {
        try
        {
            var text = await _commands.CompleteTaskAsync(taskId, version, ct);
            return await AnswerDoneAsync(receivableId, _l["Overdue_TaskCompleted", text], ct);
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
            if (!Request.IsHtmx())
            {
                return this.Refused(refusal, _l, new { receivableId });
            }
            Message = (_l.Text(refusal), refusal is StaleEditException ? "warning" : "danger");
            return await LoadAsync(receivableId, keepInput: false, ct) ? Render(refusal.StatusCode) : NotFound();
        }
    }

    /// <summary>Plain post: flash + redirect to the panel (PRG). htmx: the fresh panel with the message.</summary>
    private async Task<IActionResult> AnswerDoneAsync(Guid receivableId, string text, CancellationToken ct)
    {
        if (!Request.IsHtmx())
        {
            return this.Done(text, routeValues: new { receivableId });
        }
        Message = (text, "success");
        return await LoadAsync(receivableId, keepInput: false, ct) ? Render(StatusCodes.Status200OK) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid receivableId, bool keepInput, CancellationToken ct)
    {
        if (await _queries.PanelAsync(receivableId, ct) is not { } view)
        {
            return false;
        }
        View = view;
        if (!keepInput)
        {
            ModelState.Clear();
            Input = new TagInput { Version = view.Version, ReasonId = view.ReasonId, Text = view.ReasonText };
        }
        return true;
    }

    private IActionResult Render(int status)
    {
        if (Request.IsHtmx())
        {
            return Partial("_Panel", this).WithStatus(status);
        }
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    /// <summary>The text field for a refusal about the text, the reason select for every other one.</summary>
    private static string FieldOf(DomainException refusal) =>
        refusal.Key is "Receivable_Error_ReasonTextRequired" or "Receivable_Error_NoteTooLong" ? "Input.Text" : "Input.ReasonId";
}
