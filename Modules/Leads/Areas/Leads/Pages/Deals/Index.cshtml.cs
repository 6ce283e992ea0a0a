using Htmx;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Deals;

/// <summary>Kanban of visible open deals by stage; the htmx move panel asks for the leaving stage's required fields.</summary>
public sealed class IndexModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly DealService _deals;
    private readonly BusinessClock _clock;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;

    internal IndexModel(LeadsDbContext db, LeadsAccess access, DealService deals, BusinessClock clock, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _deals = deals;
        _clock = clock;
        _operation = operation;
        _l = l;
    }

    public string PipelineName { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Name)> Stages { get; private set; } = [];
    public IReadOnlyList<DealCard> Cards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetBoardAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Partial("_Kanban", this);
    }

    public async Task<IActionResult> OnGetMoveFormAsync(Guid id, CancellationToken ct)
    {
        var (deal, pipeline) = await FindAsync(id, ct);
        if (deal is null || pipeline is null)
        {
            return NotFound();
        }
        var values = await _db.DealFieldValues.AsNoTracking().Where(v => v.DealId == id).ToDictionaryAsync(v => v.FieldId, v => (string?)v.Value, ct);
        return Partial("_Move", Form(deal, pipeline, values, null, [], []));
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid targetStageId, int version, CancellationToken ct)
    {
        var (deal, pipeline) = await FindAsync(id, ct);
        if (deal is null || pipeline is null)
        {
            return NotFound();
        }
        var current = pipeline.Ordered.First(s => s.Id == deal.StageId);
        var values = current.Fields.Where(f => f.Type != FieldType.File).ToDictionary(f => f.Id, f => (string?)Request.Form["f_" + f.Id].ToString());
        if (deal.Version != version)
        {
            return Refuse(deal, pipeline, values, targetStageId, [], [_l["Common_StaleEdit"]], 409);
        }
        var (uploads, fileProblems) = await ReadUploadsAsync(deal, current, values, ct);
        if (fileProblems.Count > 0)
        {
            return Refuse(deal, pipeline, values, targetStageId, fileProblems, fileProblems.Select(p => _l[p.Key, p.Argument].Value).ToList(), 422);
        }
        _operation.Begin("Deal.Move");
        var check = await _deals.MoveAsync(deal, pipeline, targetStageId, values, _access.UserId, ct);
        if (!check.Allowed)
        {
            var messages = check.Problems.Select(p => _l[p.Key, p.Argument].Value).ToList();
            return Refuse(deal, pipeline, values, targetStageId, check.Problems, messages, 422);
        }
        // Uploaded files are stored only with an accepted move, in the same SaveChanges.
        _db.Attachments.AddRange(uploads);
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refuse(deal, pipeline, values, targetStageId, [], [_l["Common_StaleEdit"]], 409);
        }
        var target = pipeline.Ordered.First(s => s.Id == targetStageId).Name;
        var text = _l["Deal_Moved", deal.Title, current.Name, target].Value;
        if (!Request.IsHtmx())
        {
            TempData.Flash(text, "success");
            return RedirectToPage();
        }
        Response.Headers["HX-Trigger"] = "dealsChanged";
        return Partial("/Areas/Leads/Pages/_Message.cshtml", new Message(text, "success"));
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, bool won, string? reason, CancellationToken ct)
    {
        var (deal, _) = await FindAsync(id, ct);
        if (deal is null)
        {
            return NotFound();
        }
        if (!won && string.IsNullOrWhiteSpace(reason))
        {
            TempData.Flash(_l["Deal_CloseReasonRequired"], "danger");
            return RedirectToPage();
        }
        _operation.Begin(won ? "Deal.Won" : "Deal.Lost");
        _deals.Close(deal, won, reason?.Trim() ?? "", _access.UserId);
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l[won ? "Deal_ClosedWon" : "Deal_ClosedLost", deal.Title], "success");
        return RedirectToPage();
    }

    /// <summary>
    /// "file" fields take an upload (f_{fieldId}): checked with the module's attachment rules (type allow-list, 5 MB).
    /// An accepted file becomes an attachment (not yet staged) and the field value "attachmentId|name"; without an
    /// upload the value the deal already carries (if any) is kept. Problems name the field.
    /// </summary>
    private async Task<(List<Attachment> Uploads, List<MoveProblem> Problems)> ReadUploadsAsync(Deal deal, Stage current, Dictionary<Guid, string?> values, CancellationToken ct)
    {
        var uploads = new List<Attachment>();
        var problems = new List<MoveProblem>();
        var fileFields = current.Fields.Where(f => f.Type == FieldType.File).ToList();
        if (fileFields.Count == 0)
        {
            return (uploads, problems);
        }
        var fieldIds = fileFields.Select(f => f.Id).ToList();
        var stored = await _db.DealFieldValues.AsNoTracking().Where(v => v.DealId == deal.Id && fieldIds.Contains(v.FieldId)).ToDictionaryAsync(v => v.FieldId, v => v.Value, ct);
        var files = Request.HasFormContentType ? Request.Form.Files : null;
        foreach (var field in fileFields)
        {
            var upload = files?.GetFile("f_" + field.Id);
            if (upload is null || string.IsNullOrEmpty(upload.FileName))
            {
                values[field.Id] = stored.GetValueOrDefault(field.Id);
                continue;
            }
            if (Attachment.Problem(upload.FileName, upload.Length) is { } problem)
            {
                problems.Add(new MoveProblem("Deal_" + problem, field.Label, field.Id));
                continue;
            }
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, ct);
            var name = Path.GetFileName(upload.FileName);
            var attachment = Attachment.ForDeal(Guid.NewGuid(), deal.Id, name,
                string.IsNullOrEmpty(upload.ContentType) ? "application/octet-stream" : upload.ContentType, buffer.ToArray(), _clock.Now);
            uploads.Add(attachment);
            values[field.Id] = FieldValues.FileValue(attachment.Id, name);
        }
        return (uploads, problems);
    }

    private IActionResult Refuse(Deal deal, Pipeline pipeline, IReadOnlyDictionary<Guid, string?> values, Guid target, IReadOnlyList<MoveProblem> problems, IReadOnlyList<string> messages, int status)
    {
        if (!Request.IsHtmx())
        {
            TempData.Flash(string.Join(" ", messages), "danger");
            return RedirectToPage();
        }
        var result = Partial("_Move", Form(deal, pipeline, values, target, problems, messages));
        result.StatusCode = status;
        return result;
    }

    private MoveForm Form(Deal deal, Pipeline pipeline, IReadOnlyDictionary<Guid, string?> values, Guid? target, IReadOnlyList<MoveProblem> problems, IReadOnlyList<string> messages)
    {
        var ordered = pipeline.Ordered;
        var current = ordered.First(s => s.Id == deal.StageId);
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
        return new MoveForm(deal.Id, deal.Version, deal.Title, current.Name, targets, target, fields, messages);
    }

    /// <summary>The open deal if the user may see its owner; otherwise nothing (the handler answers 404).</summary>
    private async Task<(Deal? Deal, Pipeline? Pipeline)> FindAsync(Guid id, CancellationToken ct)
    {
        var deal = await _db.Deals.FirstOrDefaultAsync(d => d.Id == id && d.Status == DealStatus.Open, ct);
        if (deal is null || !await _access.CanSeeAsync(deal.OwnerId, ct))
        {
            return (null, null);
        }
        return (deal, await _deals.PipelineAsync(deal.PipelineId, ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var pipeline = await _deals.DefaultPipelineAsync(ct);
        if (pipeline is null)
        {
            return;
        }
        PipelineName = pipeline.Name;
        Stages = pipeline.Ordered.Select(s => (s.Id, s.Name)).ToList();
        var visibility = await _access.VisibilityAsync(ct);
        var query = _db.Deals.AsNoTracking().Where(d => d.PipelineId == pipeline.Id && d.Status == DealStatus.Open);
        if (!visibility.All)
        {
            var owners = visibility.Owners.ToList();
            query = query.Where(d => owners.Contains(d.OwnerId));
        }
        var deals = await query.ToListAsync(ct);
        var customerIds = deals.Select(d => d.CustomerId).Distinct().ToList();
        var customers = await _db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var names = await _access.NamesAsync(ct);
        var now = _clock.Now;
        Cards = deals.OrderByDescending(d => d.TimeInStage(now))
            .Select(d => new DealCard(d.Id, d.StageId, d.Title, customers.GetValueOrDefault(d.CustomerId, "?"), d.ExpectedAmount,
                (int)d.TimeInStage(now).TotalDays, d.CanQuote, names.GetValueOrDefault(d.OwnerId, "—")))
            .ToList();
    }
}
