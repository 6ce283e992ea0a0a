using System.Globalization;
using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Deals;
using SalesSuite.Leads.Application.Live;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Deals;

/// <summary>
/// Kanban of visible open deals by stage, bounded and live: per stage the true count and amount and the first cards
/// (<see cref="KanbanQueries"/>), "N more" loads the next ones (keyset); filters by owner and team. The board polls with
/// its change token and re-renders only when a deal changed (else 204, htmx swaps nothing). A card dropped on a later
/// column moves like the Move button; the htmx move panel asks for the leaving stage's required fields. Request size:
/// uploads (the file limit plus a little for the other fields); every other form keeps the host's small default.
/// </summary>
[RequestSizeLimit(Attachment.MaxBytes + (256 * 1024))]
public sealed class IndexModel : PageModel
{
    private const string FieldPrefix = "f_";
    private readonly KanbanQueries _kanban;
    private readonly DealQueries _queries;
    private readonly DealCommands _commands;
    private readonly BoardTokenQueries _tokens;
    private readonly RecordAccess _access;
    private readonly StampedCache<LeadsModule> _cache;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(
        KanbanQueries kanban, DealQueries queries, DealCommands commands, BoardTokenQueries tokens, RecordAccess access,
        StampedCache<LeadsModule> cache, IStringLocalizer<LeadsModule> l)
    {
        _kanban = kanban;
        _queries = queries;
        _commands = commands;
        _tokens = tokens;
        _access = access;
        _cache = cache;
        _l = l;
    }

    [BindProperty(SupportsGet = true)]
    public KanbanFilter Filter { get; set; } = new();

    public string PipelineName => Board.PipelineName;
    public IReadOnlyList<KanbanColumn> Columns => Board.Columns;
    internal KanbanSnapshot Board { get; private set; } = KanbanSnapshot.Empty;

    /// <summary>The filters' choices; none for a salesperson (who sees only their own deals).</summary>
    public KanbanFilterOptions Options { get; private set; } = KanbanFilterOptions.None;

    /// <summary>The change token the board was rendered with (read before the board, so a change in between re-renders).</summary>
    public string Stamp { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Stamp = await _tokens.DealsAsync();
        Board = await SnapshotAsync(await _kanban.ScopeAsync(Filter, ct));
        Options = _access.IsManager ? await _kanban.FilterOptionsAsync(ct) : KanbanFilterOptions.None;
    }

    /// <summary>
    /// The live poll (and a filter change, which sends no token): 204 (nothing to swap) while the token the board holds is
    /// current, else the board. After a change every open board asks at once, so a board is read once per token and
    /// scope (<see cref="KanbanScope"/>: the owners shown; only its counts and first cards) and rendered once per token,
    /// scope, filter and culture (<see cref="LiveScope"/>); every viewer of that key gets the same HTML. The shared work
    /// does not follow one viewer's cancellation.
    /// </summary>
    public async Task<IActionResult> OnGetBoardAsync(string? stamp, CancellationToken ct)
    {
        Stamp = await _tokens.DealsAsync();
        if (stamp == Stamp)
        {
            return new NoContentResult();
        }
        var scope = await _kanban.ScopeAsync(Filter, ct);
        var key = LiveScope.Of($"{scope.Key}|{Filter.Key}", CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var html = await _cache.GetAsync(BoardStamp.Deals, Stamp, key, async () =>
        {
            Board = await SnapshotAsync(scope);
            return await PartialHtml.RenderAsync(this, "_Kanban", this);
        });
        return Content(html, "text/html; charset=utf-8");
    }

    /// <summary>"N more" of one column: the next cards after the cursor, in the viewer's scope and filter.</summary>
    public async Task<IActionResult> OnGetMoreAsync(Guid stage, string? after, CancellationToken ct)
    {
        if (KanbanCursor.Parse(after) is not { } cursor)
        {
            return BadRequest();
        }
        var column = await _kanban.MoreAsync(await _kanban.ScopeAsync(Filter, ct), Filter.Order, stage, cursor, ct);
        return column is null ? NotFound() : Partial("_Cards", new KanbanCards(column, Filter));
    }

    public async Task<IActionResult> OnGetMoveFormAsync(Guid id, CancellationToken ct) =>
        await _queries.MoveViewAsync(id, ct) is { } view ? Partial("_Move", Form(view, view.Values, null, [], [])) : NotFound();

    public Task<IActionResult> OnPostMoveAsync(Guid id, Guid targetStageId, int version, CancellationToken ct) =>
        MoveAsync(id, new DealMoveInput(version, targetStageId, PostedValues(), Uploads()), ct);

    /// <summary>
    /// A card dropped on a column: the move with the values the deal already carries, as the panel would post them
    /// unchanged. Accepted: moved. Refused (the leaving stage's fields, a gate, a stage not skippable, backwards):
    /// the move panel pre-set to the dropped-on stage with the problems, as the Move button's panel shows them.
    /// </summary>
    public async Task<IActionResult> OnPostDropAsync(Guid id, Guid targetStageId, int version, CancellationToken ct) =>
        await _queries.MoveViewAsync(id, ct) is { } view
            ? await MoveAsync(id, new DealMoveInput(version, targetStageId, view.Values, []), ct)
            : NotFound();

    public async Task<IActionResult> OnPostCloseAsync(Guid id, bool won, string? reason, int? version, CancellationToken ct)
    {
        try
        {
            var title = await _commands.CloseAsync(id, won, reason, version, ct);
            return this.Done(_l[won ? "Deal_ClosedWon" : "Deal_ClosedLost", title]);
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

    private async Task<IActionResult> MoveAsync(Guid id, DealMoveInput input, CancellationToken ct)
    {
        try
        {
            var moved = await _commands.MoveAsync(id, input, ct);
            return this.Done(_l["Deal_Moved", moved.Title, moved.FromStage, moved.ToStage], "dealsChanged");
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (StageMoveRefused refused)
        {
            var messages = refused.Problems.Select(p => _l[p.Key, p.Argument].Value).ToList();
            return await RefuseAsync(id, input.Values, input.TargetStageId, refused.Problems, messages, refused.StatusCode, ct);
        }
        catch (DomainException refusal)
        {
            return await RefuseAsync(id, input.Values, input.TargetStageId, [], [_l.Text(refusal)], refusal.StatusCode, ct);
        }
    }

    /// <summary>The typed values posted as f_{fieldId} (the command keeps those of the stage being left).</summary>
    private Dictionary<Guid, string?> PostedValues() => !Request.HasFormContentType ? [] : Request.Form
        .Where(f => f.Key.StartsWith(FieldPrefix, StringComparison.Ordinal) && Guid.TryParse(f.Key[FieldPrefix.Length..], out _))
        .ToDictionary(f => Guid.Parse(f.Key[FieldPrefix.Length..]), f => (string?)f.Value.ToString());

    /// <summary>The files posted for "file" fields (f_{fieldId}); the command checks and reads them.</summary>
    private List<FieldUpload> Uploads() => !Request.HasFormContentType ? [] : Request.Form.Files
        .Where(f => f.Name.StartsWith(FieldPrefix, StringComparison.Ordinal) && Guid.TryParse(f.Name[FieldPrefix.Length..], out _))
        .Select(f => new FieldUpload(Guid.Parse(f.Name[FieldPrefix.Length..]), f.FileName, f.ContentType, f.Length, f.OpenReadStream()))
        .ToList();

    /// <summary>Plain post: flash + redirect. htmx: the move form again with the problems next to their fields.</summary>
    private async Task<IActionResult> RefuseAsync(
        Guid id, IReadOnlyDictionary<Guid, string?> posted, Guid target, IReadOnlyList<MoveProblem> problems,
        IReadOnlyList<string> messages, int status, CancellationToken ct)
    {
        if (!Request.IsHtmx())
        {
            return this.Refused(string.Join(" ", messages), status);
        }
        if (await _queries.MoveViewAsync(id, ct) is not { } view)
        {
            return NotFound();
        }
        var values = view.Values.ToDictionary();
        foreach (var (field, value) in posted)
        {
            values[field] = value;
        }
        return Partial("_Move", Form(view, values, target, problems, messages)).WithStatus(status);
    }

    private MoveForm Form(
        DealMoveView view, IReadOnlyDictionary<Guid, string?> values, Guid? target, IReadOnlyList<MoveProblem> problems,
        IReadOnlyList<string> messages)
    {
        var ordered = view.Pipeline.Ordered;
        var current = ordered.First(s => s.Id == view.Deal.StageId);
        var fields = current.Fields.OrderBy(f => f.Position).Select(f =>
        {
            var problem = problems.FirstOrDefault(p => p.FieldId == f.Id);
            var value = values.GetValueOrDefault(f.Id);
            if (f.Type == FieldType.File && !string.IsNullOrEmpty(value))
            {
                value = FieldValues.ParseFile(value).FileName;
            }
            return new MoveField(f.Id, f.Label, f.Type.ToString(), f.Required, f.Choices, value,
                problem is null ? null : _l[problem.Key, problem.Argument].Value);
        }).ToList();
        var targets = ordered.Where(s => s.Position > current.Position).Select(s => (s.Id, s.Name, s.Skippable)).ToList();
        return new MoveForm(view.Deal.Id, view.Deal.Version, view.Deal.Title, current.Name, targets, target, fields, messages);
    }

    /// <summary>The board of one scope and order, read once per change token (shared by the page and the live poll).</summary>
    private Task<KanbanSnapshot> SnapshotAsync(KanbanScope scope) =>
        _cache.GetAsync(
            BoardStamp.Deals, Stamp, $"data|{scope.Key}|{Filter.Order}", () => _kanban.SnapshotAsync(scope, Filter.Order, CancellationToken.None));
}
