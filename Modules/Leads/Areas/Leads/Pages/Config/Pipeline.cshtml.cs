using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Config;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Config;

/// <summary>
/// Director/Admin: stages (order, skippable, gate, quoting, triggers, amber / red days) and their typed required fields.
/// Every change is logged.
/// </summary>
public sealed class PipelineModel : PageModel
{
    private readonly PipelineQueries _queries;
    private readonly PipelineCommands _commands;
    private readonly IValidator<StageInput> _stageValidator;
    private readonly IValidator<FieldInput> _fieldValidator;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal PipelineModel(
        PipelineQueries queries, PipelineCommands commands, IValidator<StageInput> stageValidator, IValidator<FieldInput> fieldValidator,
        IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _stageValidator = stageValidator;
        _fieldValidator = fieldValidator;
        _l = l;
    }

    internal Pipeline? Pipeline { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Pipeline = await _queries.DefaultAsync(ct);

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

    private async Task<IActionResult> AnswerAsync(Func<Task> command, string? saved = null)
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
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }
}
