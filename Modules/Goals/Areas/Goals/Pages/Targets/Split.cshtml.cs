using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Targets;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Targets;

/// <summary>
/// Splits a company target across its teams or a team target across its salespeople (?id=parent), pre-filled with the
/// stored shares or a suggestion by last period's results; saved all at once only when the shares add up exactly
/// (otherwise 422 with the sum against the parent, the typed numbers kept).
/// </summary>
public sealed class SplitModel : PageModel
{
    private readonly SplitQueries _queries;
    private readonly TargetCommands _commands;
    private readonly IValidator<SplitInput> _validator;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal SplitModel(SplitQueries queries, TargetCommands commands, IValidator<SplitInput> validator, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public SplitInput Input { get; set; } = new();

    internal SplitView View { get; private set; } = null!;
    public string? Stale { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        this.GuardAsync(async () =>
        {
            try
            {
                View = await _queries.ViewAsync(id, ct);
            }
            catch (DomainException refusal)
            {
                TempData.Flash(_l.Text(refusal), "danger");
                return RedirectToPage("./Index");
            }
            Input = new SplitInput
            {
                ParentId = View.ParentId,
                Version = View.Version,
                Metric = View.Metric.ToString(),
                Lines = View.Lines.Select(l => new SplitLineInput
                {
                    ScopeId = l.ScopeId, TargetId = l.TargetId, Version = l.Version,
                    Amount = TargetText.Input(View.Metric, View.StoredSum is null ? l.Suggested : l.Current ?? 0),
                }).ToList(),
            };
            return Page();
        });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.GuardAsync(async () =>
        {
            View = await _queries.ViewAsync(Input.ParentId, ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
            {
                try
                {
                    await _commands.SplitAsync(Input, ct);
                    TempData.Flash(_l["Targets_SplitSaved"].Value);
                    return RedirectToPage("./Index", new { period = View.Period.Key });
                }
                catch (StaleEditException stale)
                {
                    Stale = _l.Text(stale);
                    Response.StatusCode = stale.StatusCode;
                }
                catch (DomainException refusal)
                {
                    ModelState.AddModelError(string.Empty, _l.Text(refusal));
                }
            }
            return Page();
        });
}
