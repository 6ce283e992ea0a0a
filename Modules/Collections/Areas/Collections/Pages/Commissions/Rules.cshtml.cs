using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Commissions;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Commissions;

/// <summary>Commission rules: everyone in Collections reads them; the sales director, Finance and Admin edit them.</summary>
public sealed class RulesModel : PageModel
{
    /// <summary>Tier rows the forms offer (the rule allows up to five).</summary>
    public const int TierRows = 5;

    private readonly CommissionQueries _queries;
    private readonly CommissionRuleCommands _commands;
    private readonly CommissionAccess _access;
    private readonly IValidator<CommissionRuleInput> _validator;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal RulesModel(
        CommissionQueries queries, CommissionRuleCommands commands, CommissionAccess access, IValidator<CommissionRuleInput> validator,
        IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _validator = validator;
        _l = l;
    }

    internal CommissionRulesView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await _queries.RulesAsync(ct);

    public Task<IActionResult> OnPostAddAsync(CommissionRuleInput input, CancellationToken ct) =>
        RunAsync(input, () => _commands.AddAsync(input, ct), "CommissionRule_Added");

    public Task<IActionResult> OnPostSaveAsync(Guid id, CommissionRuleInput input, CancellationToken ct) =>
        RunAsync(input, () => _commands.SaveAsync(id, input, ct), "CommissionRule_Saved");

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, int version, CancellationToken ct)
    {
        try
        {
            await _commands.DeleteAsync(id, version, ct);
            return this.Done(_l["CommissionRule_Deleted"]);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
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

    private async Task<IActionResult> RunAsync(CommissionRuleInput input, Func<Task> command, string done)
    {
        if (!_access.CanEditRules)
        {
            return Forbid();
        }
        try
        {
            if (!ModelState.Validate(_validator, input, _l, prefix: string.Empty) || !ModelState.IsValid)
            {
                return this.Refused(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct()));
            }
            await command();
            return this.Done(_l[done]);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
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
