using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Corrections;
using SalesSuite.Leads.Application.Customers;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Customers;

/// <summary>
/// The customer's profile (key fields) and its completeness; the owner or a manager edits it. A refused form comes
/// back with 422 and the problem next to its field; a form older than the stored profile with 409, the input kept.
/// </summary>
public sealed class ProfileModel : PageModel
{
    private readonly ProfileQueries _queries;
    private readonly ProfileCommands _commands;
    private readonly TraceModeQueries _trace;
    private readonly IValidator<ProfileInput> _validator;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal ProfileModel(
        ProfileQueries queries, ProfileCommands commands, TraceModeQueries trace, IValidator<ProfileInput> validator,
        IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _trace = trace;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    internal ProfileFormView View { get; private set; } = null!;
    public TraceModeNotice? TraceMode { get; private set; }
    public (string Text, string Kind)? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, keepInput: false, ct))
        {
            return NotFound();
        }
        return View.CanEdit ? Page() : StatusCode(StatusCodes.Status403Forbidden);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                var result = await _commands.EditAsync(id, Input, ct);
                if (result.Collisions.Count > 0)
                {
                    TempData.Flash(_l["Cust_Profile_SavedDuplicates", string.Join(", ", result.Collisions)], "warning");
                }
                else
                {
                    var unchanged = result.Changed.Count == 0;
                    TempData.Flash(unchanged ? _l["Profile_Unchanged"] : _l["Profile_Saved"], unchanged ? "info" : "success");
                }
                return RedirectToPage("/Customers/Detail", new { id });
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
                // Their input stays in the form (the kernel's message tells them to reload to see the change).
                Message = (_l.Text(stale), "warning");
                return await LoadAsync(id, keepInput: true, ct) ? Render(stale.StatusCode) : NotFound();
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(string.Empty, _l.Text(refusal));
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
            Input = ProfileInput.From(view.Customer, view.Values);
        }
        return true;
    }

    private PageResult Render(int status)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
