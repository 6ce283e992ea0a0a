using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Contracts;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Contracts;

/// <summary>Finance enters a contract for a deal closed outside Quotes: customer, owner, amount, terms and its schedule.</summary>
public sealed class NewModel : PageModel
{
    private readonly ContractQueries _queries;
    private readonly ContractCommands _commands;
    private readonly IValidator<ContractInput> _validator;
    private readonly CollectionsAccess _access;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal NewModel(
        ContractQueries queries, ContractCommands commands, IValidator<ContractInput> validator, CollectionsAccess access,
        BusinessClock clock, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _access = access;
        _clock = clock;
        _l = l;
    }

    [BindProperty]
    public ContractInput Input { get; set; } = new();

    internal IReadOnlyList<(string Code, string Name)> Customers { get; private set; } = [];
    internal IReadOnlyList<OrgUser> Owners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!_access.IsFinance)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Input.SignedOn = _clock.Today.ToString("yyyy-MM-dd", null);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!_access.IsFinance)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                var id = await _commands.CreateAsync(Input, ct);
                TempData.Flash(_l["Contract_Created"], "success");
                return RedirectToPage("/Contracts/Detail", new { id });
            }
            catch (UnauthorizedAccessException)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(Field(refusal.Key), _l.Text(refusal));
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The form field a refusal belongs next to.</summary>
    private static string Field(string key) => key switch
    {
        _ when key.StartsWith("Contract_Error_Customer", StringComparison.Ordinal) => "Input.Customer",
        "Contract_Error_OwnerRequired" => "Input.OwnerId",
        "Contract_Error_Amount" => "Input.Amount",
        "Contract_Error_Currency" => "Input.Currency",
        _ => "Input.Rows",
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        while (Input.Rows.Count < ContractInput.RowCount)
        {
            Input.Rows.Add(new ScheduleRowInput());
        }
        Customers = await _queries.CustomerChoicesAsync(ct);
        Owners = await _queries.OwnerChoicesAsync(ct);
    }
}
