using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application;
using SalesSuite.Goals.Application.Contracts;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Contracts;

/// <summary>
/// Commitment lines of a contract (target lines are shown read-only). A manager edits their own and their people's; a
/// salesperson adds to their own. A refused form is shown again as posted (422; stale: 409).
/// </summary>
public sealed class EditModel : PageModel
{
    public const int BlankRows = 3;

    private readonly ContractQueries _queries;
    private readonly ContractCommands _commands;
    private readonly GoalsAccess _access;
    private readonly IValidator<CommitmentInput> _validator;
    private readonly BusinessClock _business;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal EditModel(ContractQueries queries, ContractCommands commands, GoalsAccess access, IValidator<CommitmentInput> validator,
        BusinessClock business, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _access = access;
        _validator = validator;
        _business = business;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty]
    public CommitmentInput Input { get; set; } = new();

    internal ContractView View { get; private set; } = null!;

    internal IReadOnlyList<KeyActionType> Types { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => this.GuardAsync(async () =>
    {
        await LoadAsync(ct);
        Input = new CommitmentInput
        {
            Version = View.Version,
            Lines = View.Raw.Where(l => l.Source == LineSource.Commitment)
                .Select(l => new CommitmentRow { ActionTypeId = l.ActionTypeId, Quantity = l.Quantity, Note = l.Note }).ToList(),
        };
        AddBlankRows();
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => this.GuardAsync(async () =>
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        var period = ContractPeriod.Of(Period, _business.Today);
        var userId = UserId ?? _access.UserId;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                await _commands.SaveCommitmentsAsync(userId, period, Input, ct);
                TempData.Flash(_l["Contracts_Saved"], "success");
                return RedirectToPage("Index", new { period = period.Key, userId });
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(string.Empty, _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        await LoadAsync(ct);
        AddBlankRows();
        var page = Page();
        page.StatusCode = status;
        return (IActionResult)page;
    });

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = UserId ?? _access.UserId;
        await _access.EnsureCanManageAsync(userId, ct);
        View = await _queries.ContractAsync(userId, ContractPeriod.Of(Period, _business.Today), ct);
        Types = await _queries.CommitmentTypesAsync(ct);
    }

    private void AddBlankRows()
    {
        for (var i = 0; i < BlankRows; i++)
        {
            Input.Lines.Add(new CommitmentRow());
        }
    }
}
