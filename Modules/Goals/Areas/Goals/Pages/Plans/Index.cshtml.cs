using FluentValidation;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Goals.Application.Plans;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Plans;

/// <summary>
/// One person's week as a customer × product × day grid: generate it, add / move / remove items (htmx swaps the board;
/// a refusal comes back inside it with 422, a stale version with 409). Done ticks come from evidence only.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly PlanQueries _queries;
    private readonly PlanCommands _commands;
    private readonly IValidator<PlanItemInput> _validator;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal IndexModel(PlanQueries queries, PlanCommands commands, IValidator<PlanItemInput> validator, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _validator = validator;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Week { get; set; }

    [BindProperty]
    public PlanItemInput Input { get; set; } = new();

    internal PlanView View { get; private set; } = null!;

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    internal GoalPeriod Period => GoalPeriod.Parse(Week) is { Kind: PeriodKind.Week } w ? w : _queries.CurrentWeek;

    internal Guid Person => UserId ?? View?.UserId ?? Guid.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
            return Page();
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostGenerateAsync(int? version, CancellationToken ct) =>
        AnswerAsync(async who => _l["Plans_Generated", await _commands.GenerateAsync(who, Period, version, ct)].Value, ct);

    public Task<IActionResult> OnPostAddAsync(int version, CancellationToken ct)
    {
        if (!ModelState.Validate(_validator, Input, _l))
        {
            var text = ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage;
            return Request.IsHtmx() ? RenderAsync(text, 422, ct) : Task.FromResult(this.Refused(text, 422, Route));
        }
        return AnswerAsync(async who =>
        {
            await _commands.AddItemAsync(who, Period, version, Input, ct);
            return _l["Plans_Added"].Value;
        }, ct);
    }

    public Task<IActionResult> OnPostMoveAsync(Guid planId, Guid itemId, string? day, int version, CancellationToken ct) =>
        AnswerAsync(async _ =>
        {
            var to = PlanItemInput.ParseDay(day) ?? throw new DomainException("Plans_Error_Day");
            await _commands.MoveItemAsync(planId, itemId, to, version, ct);
            return _l["Plans_Moved"].Value;
        }, ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid planId, Guid itemId, int version, CancellationToken ct) =>
        AnswerAsync(async _ =>
        {
            await _commands.RemoveItemAsync(planId, itemId, version, ct);
            return _l["Plans_Removed"].Value;
        }, ct);

    private object Route => new { userId = UserId, week = Period.Key };

    private async Task<IActionResult> AnswerAsync(Func<Guid, Task<string>> act, CancellationToken ct)
    {
        string done;
        try
        {
            done = await act(UserId ?? _queries.Me);
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
            return Request.IsHtmx() ? await RenderAsync(_l.Text(refusal), refusal.StatusCode, ct) : this.Refused(refusal, _l, Route);
        }
        if (!Request.IsHtmx())
        {
            return this.Done(done, routeValues: Route);
        }
        Message = done;
        Input = new PlanItemInput { Day = Input.Day, ActionTypeId = Input.ActionTypeId };
        return await RenderAsync(null, 200, ct);
    }

    /// <summary>The board fragment (with the refusal inside it when there is one).</summary>
    private async Task<IActionResult> RenderAsync(string? problem, int status, CancellationToken ct)
    {
        Problem = problem;
        try
        {
            await LoadAsync(ct);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        return Partial("_Board", this).WithStatus(status);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await _queries.WeekAsync(UserId ?? _queries.Me, Period, ct);
        UserId ??= View.UserId;
    }
}
