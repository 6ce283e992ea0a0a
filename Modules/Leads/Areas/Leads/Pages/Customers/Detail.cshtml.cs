using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Time;
using SalesSuite.SharedKernel.Web;

namespace SalesSuite.Leads.Areas.Leads.Pages.Customers;

/// <summary>Customer facts, deals, open actions and one timeline (lead events, follow-ups, stage changes, quote events); open a deal; merge a duplicate.</summary>
public sealed class DetailModel : PageModel
{
    private readonly LeadsDbContext _db;
    private readonly LeadsAccess _access;
    private readonly DealService _deals;
    private readonly CustomerRegistry _customers;
    private readonly BusinessClock _clock;
    private readonly IOperationContext _operation;
    private readonly IStringLocalizer<LeadsModule> _l;
    private Dictionary<Guid, string> _stages = [];

    internal DetailModel(LeadsDbContext db, LeadsAccess access, DealService deals, CustomerRegistry customers, BusinessClock clock, IOperationContext operation, IStringLocalizer<LeadsModule> l)
    {
        _db = db;
        _access = access;
        _deals = deals;
        _customers = customers;
        _clock = clock;
        _operation = operation;
        _l = l;
    }

    internal Customer? Customer { get; private set; }
    internal IReadOnlyList<Deal> Deals { get; private set; } = [];
    internal IReadOnlyList<NextAction> Actions { get; private set; } = [];
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    public string OwnerName { get; private set; } = "—";
    public IReadOnlyList<string> ProductLines { get; private set; } = [];
    internal IReadOnlyList<DealFile> DealFiles { get; private set; } = [];
    public bool CanMerge => _access.IsManager;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        ProductLines = await _db.Deals.AsNoTracking().Where(d => d.ProductLine != null).Select(d => d.ProductLine!).Distinct().OrderBy(l => l).Take(50).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOpenDealAsync(Guid id, string? title, string? amount, string? productLine, CancellationToken ct)
    {
        var customer = await _db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.MergedIntoId == null, ct);
        if (customer is null || !await _access.CanSeeAsync(customer.OwnerId, ct))
        {
            return NotFound();
        }
        decimal? value = null;
        if (!string.IsNullOrWhiteSpace(amount))
        {
            if (!decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
            {
                TempData.Flash(_l["Deal_AmountInvalid"], "danger");
                return RedirectToPage(new { id });
            }
            value = parsed;
        }
        var pipeline = await _deals.DefaultPipelineAsync(ct);
        if (string.IsNullOrWhiteSpace(title) || pipeline is null || pipeline.Stages.Count == 0)
        {
            TempData.Flash(_l[pipeline is null ? "Deal_NoPipeline" : "Deal_TitleRequired"], "danger");
            return RedirectToPage(new { id });
        }
        _operation.Begin("Deal.Open");
        if (productLine?.Trim().Length > 100)
        {
            TempData.Flash(_l["Validation_StringLength", _l["Deal_ProductLine"], 100], "danger");
            return RedirectToPage(new { id });
        }
        _deals.Open(customer, pipeline, customer.OwnerId ?? _access.UserId, title.Trim(), value, _access.UserId, productLine);
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l["Deal_Opened", title.Trim()], "success");
        return RedirectToPage("/Deals/Index");
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, string? mergeCode, CancellationToken ct)
    {
        if (!_access.IsManager)
        {
            return Forbid();
        }
        var survivor = await _db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.MergedIntoId == null, ct);
        var merged = await _db.Customers.FirstOrDefaultAsync(c => c.Code == (mergeCode ?? "").Trim() && c.MergedIntoId == null && c.Id != id, ct);
        if (survivor is null || !await _access.CanSeeAsync(survivor.OwnerId, ct))
        {
            return NotFound();
        }
        if (merged is null || !await _access.CanSeeAsync(merged.OwnerId, ct))
        {
            TempData.Flash(_l["Merge_NotFound", mergeCode ?? ""], "danger");
            return RedirectToPage(new { id });
        }
        _operation.Begin("Customer.Merge");
        await _customers.MergeAsync(survivor, merged, _access.UserId, ct);
        await _db.SaveChangesAsync(ct);
        TempData.Flash(_l["Merge_Done", merged.Code, survivor.Code], "success");
        return RedirectToPage(new { id });
    }

    /// <summary>Downloads a follow-up or deal-field attachment of a customer the user may see.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        var customer = await _db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null || !await _access.CanSeeAsync(customer.OwnerId, ct))
        {
            return NotFound();
        }
        var file = await _db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId
                && ((a.FollowUpId != null && _db.FollowUps.Any(f => f.Id == a.FollowUpId && f.CustomerId == id))
                    || (a.DealId != null && _db.Deals.Any(d => d.Id == a.DealId && d.CustomerId == id))))
            .FirstOrDefaultAsync(ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public string StageName(Guid id) => _stages.TryGetValue(id, out var n) ? n : "?";

    public string Format(Instant at) => _clock.Format(at);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Customer = await _db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (Customer is null || !await _access.CanSeeAsync(Customer.OwnerId, ct))
        {
            return false;
        }
        Deals = await _db.Deals.AsNoTracking().Where(d => d.CustomerId == id).OrderByDescending(d => d.OpenedAt).ToListAsync(ct);
        Actions = await _db.NextActions.AsNoTracking().Where(a => a.CustomerId == id && a.DoneAt == null).OrderBy(a => a.Due).ToListAsync(ct);
        _stages = await _db.Stages.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var names = await _access.NamesAsync(ct);
        OwnerName = Customer.OwnerId is { } o && names.TryGetValue(o, out var n) ? n : "—";
        var entries = await _db.Timeline.AsNoTracking().Where(t => t.CustomerId == id).ToListAsync(ct);
        var followUps = await _db.FollowUps.AsNoTracking().Where(f => f.CustomerId == id).ToListAsync(ct);
        var followUpIds = followUps.Select(f => f.Id).ToList();
        var dealIds = Deals.Select(d => d.Id).ToList();
        DealFiles = await _db.Attachments.AsNoTracking().Where(a => a.DealId != null && dealIds.Contains(a.DealId.Value))
            .OrderBy(a => a.UploadedAt).Select(a => new DealFile(a.Id, a.DealId!.Value, a.FileName)).ToListAsync(ct);
        var files = await _db.Attachments.AsNoTracking().Where(a => a.FollowUpId != null && followUpIds.Contains(a.FollowUpId.Value))
            .Select(a => new { a.Id, a.FollowUpId, a.FileName }).ToListAsync(ct);
        var changes = await _db.DealStageChanges.AsNoTracking().Where(s => s.CustomerId == id).ToListAsync(ct);
        Timeline = entries.Select(e => new TimelineItem(e.At, "event", _l[e.TextKey, e.Arguments.Split('|').Cast<object>().ToArray()]))
            .Concat(followUps.Select(f =>
            {
                var file = files.FirstOrDefault(a => a.FollowUpId == f.Id);
                return new TimelineItem(f.At, "followup", _l["Timeline_FollowUp", _l["Objective_" + f.Objective], f.Summary, Name(names, f.OwnerId)], file?.Id, file?.FileName);
            }))
            .Concat(changes.Select(s => new TimelineItem(s.At, "stage", _l["Timeline_StageChanged", s.FromStage, s.ToStage, Math.Round(s.TimeInPrevious.TotalDays, 1)])))
            .OrderByDescending(t => t.At)
            .ToList();
        return true;
    }

    private static string Name(IReadOnlyDictionary<Guid, string> names, Guid id) => names.TryGetValue(id, out var n) ? n : "—";
}
