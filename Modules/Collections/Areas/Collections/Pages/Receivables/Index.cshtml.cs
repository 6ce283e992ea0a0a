using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Receivables;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Receivables;

/// <summary>Binds, calls, renders: the commands and queries do the work.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ReceivableQueries _queries;
    private readonly ReceivableCommands _commands;
    private readonly IValidator<ReceivableInput> _validator;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal IndexModel(
        ReceivableQueries queries, ReceivableCommands commands, IValidator<ReceivableInput> validator, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public ReceivableInput Input { get; set; } = new();

    public IReadOnlyList<ReceivableRow> Rows { get; private set; } = [];

    public bool CanEnter { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.Validate(_validator, Input, _l))
        {
            await LoadAsync(ct);
            return Page();
        }
        try
        {
            await _commands.CreateAsync(Input, ct);
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (DomainException refusal)
        {
            ModelState.AddModelError(string.Empty, _l.Text(refusal));
            await LoadAsync(ct);
            return Page();
        }
        return this.Done(_l["Receivable_Created", Input.Title]);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await _queries.ListAsync(ct);
        CanEnter = _queries.CanEnter;
    }
}
