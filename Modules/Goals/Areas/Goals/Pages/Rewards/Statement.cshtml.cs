using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Goals.Application.Rewards;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Goals.Areas.Goals.Pages.Rewards;

/// <summary>
/// A target's reward statement: the pool arithmetic spelled out, the winners with amount and reason, everyone else with
/// theirs, a CSV with the fen exact, print-friendly. Admin and director calculate (again, until closed) and close it.
/// </summary>
public sealed class StatementModel : PageModel
{
    private readonly RewardQueries _queries;
    private readonly RewardCommands _commands;
    private readonly BusinessClock _clock;
    private readonly IStringLocalizer<GoalsModule> _l;

    internal StatementModel(RewardQueries queries, RewardCommands commands, BusinessClock clock, IStringLocalizer<GoalsModule> l)
    {
        _queries = queries;
        _commands = commands;
        _clock = clock;
        _l = l;
        Texts = new RewardTexts(l, clock);
    }

    internal RewardStatementView View { get; private set; } = null!;
    internal RewardTexts Texts { get; }

    public async Task<IActionResult> OnGetAsync(Guid targetId, CancellationToken ct)
    {
        if (await _queries.StatementAsync(targetId, ct) is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid targetId, CancellationToken ct)
    {
        if (await _queries.StatementAsync(targetId, ct) is not { } view)
        {
            return NotFound();
        }
        string[] header =
        [
            _l["Rewards_Col_Rank"], _l["Rewards_Col_Name"], _l["Rewards_Col_CompletedAt"], _l["Rewards_Col_Amount"], _l["Rewards_Col_Reason"],
        ];
        var rows = view.Lines.Select(line => (IReadOnlyList<object?>)
        [
            line.Rank, line.Name, line.CompletedAt is { } at ? _clock.Format(at) : "", RewardTexts.Fen(line.Amount),
            Texts.Reason(line, view.Outcome),
        ]).Append([null, _l["Rewards_Col_Pool"].Value, null, RewardTexts.Fen(view.Outcome.Pool),
            string.Join(" ", Texts.Arithmetic(view.Inputs, view.Outcome))]);
        return this.Csv($"reward-statement-{view.Period.Key}-{view.Target.Scope.ToString().ToLowerInvariant()}", _clock.Today, header, rows);
    }

    /// <summary>The statement as a PDF to sign off and file (same readers and lines as the page).</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid targetId, CancellationToken ct)
    {
        if (await _queries.StatementAsync(targetId, ct) is not { } view)
        {
            return NotFound();
        }
        var name = $"reward-statement-{view.Period.Key}-{view.Target.Scope.ToString().ToLowerInvariant()}";
        return this.Pdf(name, RewardStatementPdf.Build(view, Texts, _l, _clock));
    }

    public async Task<IActionResult> OnPostCalculateAsync(Guid targetId, CancellationToken ct) =>
        await AnswerAsync(targetId, () => _commands.CalculateAsync(targetId, ct), "Rewards_Calculated");

    public async Task<IActionResult> OnPostCloseAsync(Guid targetId, int version, decimal pool, CancellationToken ct) =>
        await AnswerAsync(targetId, () => _commands.CloseAsync(targetId, version, pool, ct), "Rewards_Closed");

    public string Format(Instant at) => _clock.Format(at);

    private async Task<IActionResult> AnswerAsync(Guid targetId, Func<Task> command, string done)
    {
        try
        {
            await command();
            return this.Done(_l[done], routeValues: new { targetId });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (DomainException refusal) when (refusal.StatusCode == 409 && !Request.IsHtmx())
        {
            // A plain form post: the reader gets the statement again with the conflict on it, and the 409 status.
            await OnGetAsync(targetId, HttpContext.RequestAborted);
            Conflict = _l.Text(refusal);
            Response.StatusCode = refusal.StatusCode;
            return Page();
        }
        catch (DomainException refusal)
        {
            return this.Refused(refusal, _l, new { targetId });
        }
    }

    public string? Conflict { get; private set; }
}
