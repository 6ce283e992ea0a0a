using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Config;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Config;

/// <summary>
/// Director/Admin: stages (order with up / down, removal, skippable, gate, quoting, amber / red days), their typed required
/// fields and their triggers (on entering / leaving: tasks for roles or people with chosen fields and an SLA). Every change
/// is logged; reorder and removal carry the pipeline's version (stale → 409).
/// </summary>
public sealed class PipelineModel : PageModel
{
    private readonly PipelineQueries _queries;
    private readonly PipelineCommands _commands;
    private readonly IValidator<StageInput> _stageValidator;
    private readonly IValidator<FieldInput> _fieldValidator;
    private readonly IStringLocalizer<LeadsModule> _l;
    private readonly IOrganisation _organisation;

    internal PipelineModel(
        PipelineQueries queries, PipelineCommands commands, IValidator<StageInput> stageValidator, IValidator<FieldInput> fieldValidator,
        IStringLocalizer<LeadsModule> l, IOrganisation organisation)
    {
        _queries = queries;
        _commands = commands;
        _stageValidator = stageValidator;
        _fieldValidator = fieldValidator;
        _l = l;
        _organisation = organisation;
    }

    internal Pipeline? Pipeline { get; private set; }

    /// <summary>Active people a trigger can name: those who can open the task list (Leads' access roles), by user name.</summary>
    internal IReadOnlyList<OrgUser> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostMoveStageAsync(Guid id, bool up, int version, CancellationToken ct) =>
        AnswerAsync(() => _commands.MoveStageAsync(id, up, version, ct), staleAsConflict: true, ct: ct);

    public Task<IActionResult> OnPostRemoveStageAsync(Guid id, int version, CancellationToken ct) =>
        AnswerAsync(() => _commands.RemoveStageAsync(id, version, ct), _l["Pipe_Stage_Removed"], true, ct);

    public Task<IActionResult> OnPostAddTriggerAsync(Guid id, TriggerInput input, CancellationToken ct) =>
        !ModelState.IsValid
            ? Task.FromResult(this.Refused(_l["Pipe_Trigger_SlaRange", StageTrigger.MaxSlaHours].Value))
            : AnswerAsync(() => _commands.AddTriggerAsync(id, input, ct), _l["Pipe_Trigger_Added"]);

    public Task<IActionResult> OnPostRemoveTriggerAsync(Guid id, CancellationToken ct) =>
        AnswerAsync(() => _commands.RemoveTriggerAsync(id, ct));

    /// <summary>The names a trigger shows for its people.</summary>
    internal string PersonName(Guid id) => People.FirstOrDefault(p => p.Id == id)?.DisplayName ?? "?";

    private async Task LoadAsync(CancellationToken ct)
    {
        Pipeline = await _queries.DefaultAsync(ct);
        People = (await _organisation.ActiveUsersAsync(ct)).Where(u => u.Roles.Any(LeadsModule.AccessRoles.Contains))
            .OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();
    }

    public Task<IActionResult> OnPostSaveStageAsync(Guid id, StageInput input, CancellationToken ct) =>
        UnreadableDays() is { } days
            ? Task.FromResult(this.Refused(_l[days, Stage.MaxThresholdDays].Value))
            : !ModelState.Validate(_stageValidator, input, _l, prefix: "")
            ? Task.FromResult(RefusedByValidation())
            : AnswerAsync(() => _commands.SaveStageAsync(id, input, ct), _l["Config_Saved"]);

    public Task<IActionResult> OnPostAddStageAsync(string? name, CancellationToken ct) =>
        AnswerAsync(() => _commands.AddStageAsync(name, ct));

    public Task<IActionResult> OnPostAddFieldAsync(Guid id, FieldInput input, CancellationToken ct) =>
        !ModelState.Validate(_fieldValidator, input, _l, prefix: "")
            ? Task.FromResult(RefusedByValidation())
            : AnswerAsync(() => _commands.AddFieldAsync(id, input, ct));

    public Task<IActionResult> OnPostRemoveFieldAsync(Guid id, CancellationToken ct) =>
        AnswerAsync(() => _commands.RemoveFieldAsync(id, ct));

    /// <summary>
    /// Days that are not a whole number never bind (they would read as "no threshold" and clear it): the refusal the
    /// domain gives for a day count out of range.
    /// </summary>
    private string? UnreadableDays()
    {
        var key = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key)
            .FirstOrDefault(k => k.EndsWith("Days", StringComparison.OrdinalIgnoreCase));
        return key is null ? null
            : key.EndsWith("AmberDays", StringComparison.OrdinalIgnoreCase) ? "Stage_AmberDaysRange" : "Stage_RedDaysRange";
    }

    /// <summary>The page is one long list of small forms: a problem is a flash above it (PRG), as for a refusal.</summary>
    private IActionResult RefusedByValidation() =>
        this.Refused(ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).First());

    /// <summary>
    /// Runs a command and answers PRG; a stale reorder / removal (<paramref name="staleAsConflict"/>) answers 409 with the
    /// current pipeline and a warning instead (other stale forms: the flash above the page, as before).
    /// </summary>
    private async Task<IActionResult> AnswerAsync(
        Func<Task> command, string? saved = null, bool staleAsConflict = false, CancellationToken ct = default)
    {
        try
        {
            await command();
            return saved is null ? RedirectToPage() : this.Done(saved);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (StaleEditException stale) when (staleAsConflict)
        {
            // Another director changed the pipeline since this page was shown: the current one, with a warning (409).
            TempData.Flash(_l.Text(stale), "warning");
            await LoadAsync(ct);
            var page = Page();
            page.StatusCode = stale.StatusCode;
            return page;
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }
}
