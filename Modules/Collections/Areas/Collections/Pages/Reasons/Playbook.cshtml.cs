using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Collections.Application.Reasons;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Collections.Areas.Collections.Pages.Reasons;

/// <summary>
/// The playbook editor of one reason: ordered steps (text, responsible role, optional link or template, due days).
/// Two empty rows add steps; emptying a row removes its step; the numbers give the order.
/// </summary>
public sealed class PlaybookModel : PageModel
{
    public const int EmptyRows = 2;

    private readonly ReasonQueries _queries;
    private readonly ReasonCommands _commands;
    private readonly IValidator<PlaybookInput> _validator;
    private readonly IStringLocalizer<CollectionsModule> _l;

    internal PlaybookModel(ReasonQueries queries, ReasonCommands commands, IValidator<PlaybookInput> validator, IStringLocalizer<CollectionsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty]
    public PlaybookInput Input { get; set; } = new();

    internal PlaybookView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await _queries.PlaybookAsync(id, ct) is not { } view)
        {
            return NotFound();
        }
        View = view;
        Input = new PlaybookInput
        {
            Version = view.Version,
            Steps = view.Steps.Select(s => new PlaybookStepInput
            {
                Order = s.Order, Text = s.Text, Role = s.ResponsibleRole, LinkOrTemplate = s.LinkOrTemplate, DueDays = s.DueDays,
            }).ToList(),
        };
        AddEmptyRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.Validate(_validator, Input, _l) && ModelState.IsValid)
        {
            try
            {
                await _commands.SavePlaybookAsync(id, Input, ct);
                return this.Done(_l["Playbook_Saved"], routeValues: new { id });
            }
            catch (KeyNotFoundException)
            {
                return NotFound();
            }
            catch (UnauthorizedAccessException)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (DomainException refusal)
            {
                ModelState.AddModelError(string.Empty, _l.Text(refusal));
                status = refusal.StatusCode;
            }
        }
        if (await _queries.PlaybookAsync(id, ct) is not { } view)
        {
            return NotFound();
        }
        View = view;
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private void AddEmptyRows()
    {
        var next = Input.Steps.Count == 0 ? 1 : Input.Steps.Max(s => s.Order) + 1;
        for (var i = 0; i < EmptyRows; i++)
        {
            Input.Steps.Add(new PlaybookStepInput { Order = next + i, DueDays = 1 });
        }
    }
}
