using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Contracts;

/// <summary>
/// Finance changes a schedule: split a milestone, move a due date, move money between milestones. Each form carries the
/// contract version it showed (409 when someone changed it since) and needs a reason (422 without).
/// </summary>
public sealed class ScheduleModel : PageModel
{
    public const string SplitForm = "split";
    public const string MoveForm = "move";
    public const string AmountsForm = "amounts";

    private readonly ContractQueries _queries;
    private readonly ScheduleCommands _commands;
    private readonly CollectionsAccess _access;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal ScheduleModel(ContractQueries queries, ScheduleCommands commands, CollectionsAccess access, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    internal ContractDetail Detail { get; private set; } = null!;
    /// <summary>The form that was posted and refused (its fields are shown as they were typed).</summary>
    public string? PostedForm { get; private set; }
    public string? Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        !_access.IsFinance ? StatusCode(StatusCodes.Status403Forbidden) : await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSplitAsync(
        int version, Guid milestoneId, decimal? amount, string? title, string? dueDate, string? reason, CancellationToken ct) =>
        RunAsync(SplitForm, () => _commands.SplitAsync(Id, version, milestoneId, amount, title, ScheduleRowInput.ParseDate(dueDate), reason, ct), ct);

    public Task<IActionResult> OnPostMoveAsync(int version, Guid milestoneId, string? dueDate, string? reason, CancellationToken ct) =>
        RunAsync(MoveForm, () => _commands.MoveDueDateAsync(Id, version, milestoneId, ScheduleRowInput.ParseDate(dueDate), reason, ct), ct);

    public Task<IActionResult> OnPostAmountsAsync(int version, Dictionary<Guid, decimal>? amounts, string? reason, CancellationToken ct) =>
        RunAsync(AmountsForm, () => _commands.ChangeAmountsAsync(Id, version, amounts ?? [], reason, ct), ct);

    /// <summary>A field of <paramref name="form"/> as it was posted, when that form was refused; else empty.</summary>
    public string Posted(string form, string field) =>
        PostedForm == form && Request.HasFormContentType ? Request.Form[field].ToString() : string.Empty;

    internal LocalDate Today => Detail.Today;

    private async Task<IActionResult> RunAsync(string form, Func<Task> command, CancellationToken ct)
    {
        if (!_access.IsFinance)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        try
        {
            await command();
            TempData.Flash(_l["Schedule_Saved"], "success");
            return RedirectToPage("/Contracts/Detail", new { id = Id });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (StaleEditException stale)
        {
            Stale = _l.Text(stale);
            Response.StatusCode = stale.StatusCode;
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(refusal.Key.Contains("Reason", StringComparison.Ordinal) ? form + ".reason" : form, _l.Text(refusal));
            Response.StatusCode = refusal.StatusCode;
        }
        PostedForm = form;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await _queries.DetailAsync(Id, ct) is not { } detail)
        {
            return false;
        }
        Detail = detail;
        return true;
    }
}
