using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;
using SalesSuite.Stores.Application.Config;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Areas.Stores.Pages.Config.Feedback;

/// <summary>
/// Headquarters' customer-feedback tree: the categories in order (move up / down), a form to add one, and the starter
/// tree button while the tree is empty. Each category's options, playbook and responsible person are on its edit page.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly FeedbackTreeQueries _queries;
    private readonly FeedbackTreeCommands _commands;
    private readonly IValidator<NewCategoryInput> _validator;
    private readonly RecordAccess _records;
    private readonly IStringLocalizer<StoresModule> _l;

    internal IndexModel(
        FeedbackTreeQueries queries, FeedbackTreeCommands commands, IValidator<NewCategoryInput> validator, RecordAccess records,
        IStringLocalizer<StoresModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _records = records;
        _l = l;
    }

    [BindProperty]
    public NewCategoryInput Input { get; set; } = new();

    internal IReadOnlyList<FeedbackCategory> Tree { get; private set; } = [];
    internal IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l))
        {
            try
            {
                var id = await _commands.AddCategoryAsync(Input, ct);
                TempData.Flash(_l["Config_CategoryAdded", Input.Name?.Trim() ?? string.Empty], "success");
                return RedirectToPage("Edit", new { id });
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(refusal.Key == "Config_Error_Name" ? "Input.Name" : "Input.Code", _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        await LoadAsync(ct);
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, int version, int direction, CancellationToken ct) =>
        AnswerAsync(() => _commands.MoveCategoryAsync(id, version, direction, ct), null, ct);

    public Task<IActionResult> OnPostStarterAsync(CancellationToken ct) =>
        AnswerAsync(() => _commands.LoadStarterTreeAsync(CultureInfo.CurrentUICulture, ct), "Config_StarterLoaded", ct);

    /// <summary>A one-click form: done → back to the list (PRG); refused (stale: 409) → the list again with the reason above it.</summary>
    private async Task<IActionResult> AnswerAsync(Func<Task> command, string? doneKey, CancellationToken ct)
    {
        try
        {
            await command();
            return doneKey is null ? RedirectToPage() : this.Done(_l[doneKey]);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(string.Empty, _l.Text(refusal));
            await LoadAsync(ct);
            var page = Page();
            page.StatusCode = refusal.StatusCode;
            return page;
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tree = await _queries.TreeAsync(ct);
        Names = await _records.NamesAsync(ct);
    }
}
