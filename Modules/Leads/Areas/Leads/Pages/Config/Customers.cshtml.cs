using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Config;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Config;

/// <summary>
/// Director/Admin: the customer types offered on the profile (add, rename, deactivate) and the director-defined profile
/// fields (add, reorder, deactivate; key fields count in the completeness). Every change is logged; a form older than
/// the row answers 409 with the page and a message; other refusals are a flash (PRG) or an htmx alert.
/// </summary>
public sealed class CustomersModel : PageModel
{
    private readonly CustomerConfigQueries _queries;
    private readonly CustomerConfigCommands _commands;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal CustomersModel(CustomerConfigQueries queries, CustomerConfigCommands commands, IStringLocalizer<LeadsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _l = l;
    }

    internal IReadOnlyList<CustomerTypeOption> Types { get; private set; } = [];
    internal IReadOnlyList<ProfileField> Fields { get; private set; } = [];
    public string? StaleMessage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Types = await _queries.TypesAsync(ct);
        Fields = await _queries.FieldsAsync(ct);
    }

    public Task<IActionResult> OnPostAddTypeAsync(string? code, string? name, CancellationToken ct) =>
        AnswerAsync(() => _commands.AddTypeAsync(code, name, ct), ct);

    public Task<IActionResult> OnPostRenameTypeAsync(string code, string? name, int version, CancellationToken ct) =>
        AnswerAsync(() => _commands.RenameTypeAsync(code, name, version, ct), ct);

    public Task<IActionResult> OnPostTypeActiveAsync(string code, bool active, int version, CancellationToken ct) =>
        AnswerAsync(() => _commands.SetTypeActiveAsync(code, active, version, ct), ct);

    public Task<IActionResult> OnPostAddFieldAsync(ProfileFieldInput field, CancellationToken ct) =>
        AnswerAsync(() => _commands.AddFieldAsync(field, ct), ct);

    public Task<IActionResult> OnPostMoveFieldAsync(Guid id, int direction, int version, CancellationToken ct) =>
        AnswerAsync(() => _commands.MoveFieldAsync(id, direction, version, ct), ct);

    public Task<IActionResult> OnPostFieldActiveAsync(Guid id, bool active, int version, CancellationToken ct) =>
        AnswerAsync(() => _commands.SetFieldActiveAsync(id, active, version, ct), ct);

    private async Task<IActionResult> AnswerAsync(Func<Task> command, CancellationToken ct)
    {
        try
        {
            await command();
            return this.Done(_l["Config_Saved"]);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (StaleEditException stale) when (!Request.IsHtmx())
        {
            StaleMessage = _l.Text(stale);
            await OnGetAsync(ct);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l);
        }
    }
}
