using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Corrections;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>Customers the user may see (filtered in the database), one customer's page and its files.</summary>
internal sealed class CustomerQueries(
    LeadsDbContext db, RecordAccess access, IStringLocalizer<LeadsModule> l, CorrectionQueries corrections,
    CustomerProfileService profiles)
{
    /// <summary>Visible customers (not merged) with their grade, searchable by code, name or phone, filtered by grade.</summary>
    public async Task<IReadOnlyList<CustomerRow>> ListAsync(string? search, string? grade, int take, CancellationToken ct)
    {
        var customers = await VisibleAsync(search, grade, take, ct);
        var ids = customers.Select(c => c.Id).ToList();
        var grades = await db.CustomerGrades.AsNoTracking().Where(g => ids.Contains(g.CustomerId))
            .ToDictionaryAsync(g => g.CustomerId, g => g.Grade, ct);
        var completeness = await profiles.CompletenessAsync(customers, ct);
        return [.. customers.Select(c => new CustomerRow(c, grades.GetValueOrDefault(c.Id), completeness[c.Id]))];
    }

    private async Task<List<Customer>> VisibleAsync(string? search, string? grade, int take, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var query = db.Customers.AsNoTracking().Where(c => c.MergedIntoId == null).VisibleTo(visibility, c => c.OwnerId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var q = search.Trim();
            var phone = DuplicateKeys.Phone(q);
            query = query.Where(c => c.Code.Contains(q) || c.Name.Contains(q) || (phone.Length >= 4 && c.NormalizedPhone.Contains(phone)));
        }
        if (grade == CustomerRow.Ungraded)
        {
            query = query.Where(c => !db.CustomerGrades.Any(g => g.CustomerId == c.Id));
        }
        else if (!string.IsNullOrWhiteSpace(grade))
        {
            query = query.Where(c => db.CustomerGrades.Any(g => g.CustomerId == c.Id && g.Grade == grade));
        }
        return await query.OrderBy(c => c.Name).Take(take).ToListAsync(ct);
    }

    /// <summary>The customer a merged (visible) customer now lives in: its old page redirects there; otherwise null.</summary>
    public async Task<Guid?> MergedIntoAsync(Guid id, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.MergedIntoId != null, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            return null;
        }
        var survivor = customer.MergedIntoId;
        for (var hops = 0; hops < 10 && await db.Customers.AsNoTracking().Where(c => c.Id == survivor).Select(c => c.MergedIntoId)
            .FirstOrDefaultAsync(ct) is { } next; hops++)
        {
            survivor = next;
        }
        return survivor;
    }

    /// <summary>Product lines already used (suggestions when opening a deal).</summary>
    public async Task<IReadOnlyList<string>> ProductLinesAsync(CancellationToken ct) =>
        await db.Deals.AsNoTracking().Where(d => d.ProductLine != null).Select(d => d.ProductLine!).Distinct().OrderBy(l => l).Take(50)
            .ToListAsync(ct);

    /// <summary>A follow-up or deal-field attachment of a customer the user may see; otherwise null.</summary>
    public async Task<Attachment?> AttachmentAsync(Guid customerId, Guid attachmentId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            return null;
        }
        return await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId
                && ((a.FollowUpId != null && db.FollowUps.Any(f => f.Id == a.FollowUpId && f.CustomerId == customerId))
                    || (a.DealId != null && db.Deals.Any(d => d.Id == a.DealId && d.CustomerId == customerId))))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The customer page if the user may see the customer; otherwise null. The timeline merges lead events,
    /// follow-ups, stage changes and quote events, newest first.
    /// </summary>
    public async Task<CustomerDetail?> DetailAsync(Guid id, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null || !await access.CanSeeAsync(customer.OwnerId, ct))
        {
            return null;
        }
        var deals = await db.Deals.AsNoTracking().Where(d => d.CustomerId == id).OrderByDescending(d => d.OpenedAt).ToListAsync(ct);
        var actions = await db.NextActions.AsNoTracking().Where(a => a.CustomerId == id && a.DoneAt == null).OrderBy(a => a.Due)
            .ToListAsync(ct);
        var stages = await db.Stages.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var names = await access.NamesAsync(ct);
        var dealIds = deals.Select(d => d.Id).ToList();
        var dealFiles = await db.Attachments.AsNoTracking().Where(a => a.DealId != null && dealIds.Contains(a.DealId.Value))
            .OrderBy(a => a.UploadedAt).Select(a => new DealFile(a.Id, a.DealId!.Value, a.FileName)).ToListAsync(ct);
        var owner = customer.OwnerId is { } o ? Name(names, o) : "—";
        var grade = await db.CustomerGrades.AsNoTracking().FirstOrDefaultAsync(g => g.CustomerId == id, ct);
        var canEdit = customer.MergedIntoId is null && (customer.OwnerId == access.UserId || access.IsManager);
        return new CustomerDetail(customer, owner, deals, stages, dealFiles, actions, await TimelineAsync(id, names, ct),
            await profiles.CompletenessAsync(customer, ct), grade, canEdit);
    }

    private async Task<IReadOnlyList<TimelineItem>> TimelineAsync(Guid id, IReadOnlyDictionary<Guid, string> names, CancellationToken ct)
    {
        var entries = await db.Timeline.AsNoTracking().Where(t => t.CustomerId == id).ToListAsync(ct);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CustomerId == id).ToListAsync(ct);
        var followUpIds = followUps.Select(f => f.Id).ToList();
        var files = await db.Attachments.AsNoTracking().Where(a => a.FollowUpId != null && followUpIds.Contains(a.FollowUpId.Value))
            .Select(a => new { a.Id, a.FollowUpId, a.FileName }).ToListAsync(ct);
        var changes = await db.DealStageChanges.AsNoTracking().Where(s => s.CustomerId == id).ToListAsync(ct);
        var history = await corrections.HistoryAsync(followUpIds, names, ct);
        var me = access.UserId;
        var manager = access.IsManager;
        return entries.Select(e => new TimelineItem(
                e.At, "event", l[e.TextKey, e.Arguments.Split('|').Cast<object>().ToArray()], Link: e.Link))
            .Concat(followUps.Select(f =>
            {
                var file = files.FirstOrDefault(a => a.FollowUpId == f.Id);
                var text = l["Timeline_FollowUp", l["Objective_" + f.Objective], f.Summary, Name(names, f.AuthorId ?? f.OwnerId)];
                return new TimelineItem(f.At, "followup", text, file?.Id, file?.FileName, FollowUpId: f.Id,
                    CanCorrect: manager || f.OwnerId == me, Corrections: history.GetValueOrDefault(f.Id), Voice: f.VoiceKey is not null,
                    Position: Visits.VisitQueries.Position(f));
            }))
            .Concat(changes.Select(s => new TimelineItem(
                s.At, "stage", l["Timeline_StageChanged", s.FromStage, s.ToStage, Math.Round(s.TimeInPrevious.TotalDays, 1)])))
            .OrderByDescending(t => t.At)
            .ToList();
    }

    private static string Name(IReadOnlyDictionary<Guid, string> names, Guid id) => names.TryGetValue(id, out var n) ? n : "—";
}
