using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using SalesSuite.Leads.Application.Corrections;
using SalesSuite.Leads.Application.Live;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Caching;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>
/// What the customer page shows, read once per change of the customers' stamp (<see cref="BoardStamp.Customers"/>, touched
/// in the same transaction as every change the page shows, see <see cref="BoardChanges"/>) and shared between requests: the
/// customer, deals and their files, open actions, grade, profile form data, contacts, product lines and the timeline's
/// first page. What depends on the viewer is not cached: whether the viewer may see the customer (asked on every request),
/// names, the reader's language, who may correct a follow-up. The timeline is read a page at a time, newest first
/// (<see cref="TimelineAsync"/>): a customer with thousands of entries costs the same as one with ten.
/// </summary>
internal sealed class CustomerPageQueries(
    LeadsDbContext db, BoardTokenQueries tokens, StampedCache<LeadsModule> cache, IStringLocalizer<LeadsModule> l, TagQueries tags,
    CustomerProfileService profiles)
{
    /// <summary>Timeline entries per page: at least this many, plus any others at the same instant as the page's oldest.</summary>
    public const int PageSize = 50;

    /// <summary>The page's data when the customer exists (merged or not); null otherwise. Not yet checked for the viewer.</summary>
    public async Task<CustomerPageData?> DataAsync(Guid id, CancellationToken ct)
    {
        var stamp = await tokens.StampAsync(BoardStamp.Customers);
        var data = await cache.GetAsync("CustomerPage", stamp.ToString("N"), id.ToString("N"), () => LoadAsync(id, CancellationToken.None));
        ct.ThrowIfCancellationRequested();
        return data.Customer is null ? null : data;
    }

    private async Task<CustomerPageData> LoadAsync(Guid id, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null || customer.MergedIntoId is not null)
        {
            return customer is null ? CustomerPageData.Missing : new CustomerPageData { Customer = customer };
        }
        var deals = await db.Deals.AsNoTracking().Where(d => d.CustomerId == id).OrderByDescending(d => d.OpenedAt).ToListAsync(ct);
        var dealIds = deals.Select(d => d.Id).ToList();
        var fields = await profiles.ActiveFieldsAsync(ct);
        var values = await profiles.ValuesAsync(id, ct);
        var options = await tags.ByCategoryAsync(ct);
        var contacts = await db.CustomerContacts.AsNoTracking().Where(c => c.CustomerId == id).ToListAsync(ct);
        return new CustomerPageData
        {
            Customer = customer,
            Deals = deals,
            Actions = await db.NextActions.AsNoTracking().Where(a => a.CustomerId == id && a.DoneAt == null).OrderBy(a => a.Due)
                .ToListAsync(ct),
            StageNames = await db.Stages.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct),
            DealFiles = dealIds.Count == 0 ? [] : await db.Attachments.AsNoTracking()
                .Where(a => a.DealId != null && dealIds.Contains(a.DealId.Value))
                .OrderBy(a => a.UploadedAt).Select(a => new DealFile(a.Id, a.DealId!.Value, a.FileName)).ToListAsync(ct),
            Grade = await db.CustomerGrades.AsNoTracking().FirstOrDefaultAsync(g => g.CustomerId == id, ct),
            Completeness = CustomerProfile.Completeness(customer, fields, values),
            Fields = fields,
            Values = values,
            Industries = ProfileQueries.WithCurrent(options[TagCategory.Industry], customer.Industry),
            Budgets = ProfileQueries.WithCurrent(options[TagCategory.Budget], customer.BudgetBand),
            Types = [.. (await profiles.TypesAsync(ct)).Where(t => t.Active || t.Code == customer.CustomerType)],
            Contacts = [.. contacts.OrderByDescending(c => c.IsPrimary).ThenBy(c => c.Role).ThenBy(c => c.Name, StringComparer.Ordinal)],
            ProductLines = await db.Deals.AsNoTracking().Where(d => d.ProductLine != null).Select(d => d.ProductLine!).Distinct()
                .OrderBy(p => p).Take(50).ToListAsync(ct),
            Timeline = await TimelineAsync(id, null, ct),
        };
    }

    /// <summary>
    /// One page of the customer's timeline (lead events, quote and collection events, follow-ups, stage changes), newest
    /// first: the <see cref="PageSize"/> newest entries older than <paramref name="before"/> (all when null) and every other
    /// entry at the same instant as the oldest of them, so the next page ("show older", before the oldest instant shown)
    /// neither repeats nor skips an entry. Each source is read through its (CustomerId, At) index, at most a page per source.
    /// </summary>
    public async Task<TimelineSlice> TimelineAsync(Guid id, Instant? before, CancellationToken ct)
    {
        var take = PageSize + 1;
        IQueryable<TimelineEntry> entryRows = db.Timeline.AsNoTracking().Where(t => t.CustomerId == id);
        IQueryable<FollowUp> followUpRows = db.FollowUps.AsNoTracking().Where(f => f.CustomerId == id);
        IQueryable<DealStageChange> changeRows = db.DealStageChanges.AsNoTracking().Where(s => s.CustomerId == id);
        if (before is { } end)
        {
            entryRows = entryRows.Where(t => t.At < end);
            followUpRows = followUpRows.Where(f => f.At < end);
            changeRows = changeRows.Where(s => s.At < end);
        }
        var entries = await entryRows.OrderByDescending(t => t.At).Take(take).ToListAsync(ct);
        var followUps = await followUpRows.OrderByDescending(f => f.At).Take(take).ToListAsync(ct);
        var changes = await changeRows.OrderByDescending(s => s.At).Take(take).ToListAsync(ct);
        var instants = entries.Select(e => e.At).Concat(followUps.Select(f => f.At)).Concat(changes.Select(s => s.At))
            .OrderByDescending(at => at).ToList();
        Instant? floor = instants.Count > PageSize ? instants[PageSize - 1] : null;
        var olderCount = 0;
        if (floor is { } oldest)
        {
            // A source that filled its page may hold more entries at the oldest instant than it returned: read them all.
            entries = await TiesAsync(entries, take, oldest, e => e.At, e => e.Id,
                () => db.Timeline.AsNoTracking().Where(t => t.CustomerId == id && t.At == oldest).ToListAsync(ct));
            followUps = await TiesAsync(followUps, take, oldest, f => f.At, f => f.Id,
                () => db.FollowUps.AsNoTracking().Where(f => f.CustomerId == id && f.At == oldest).ToListAsync(ct));
            changes = await TiesAsync(changes, take, oldest, s => s.At, s => s.Id,
                () => db.DealStageChanges.AsNoTracking().Where(s => s.CustomerId == id && s.At == oldest).ToListAsync(ct));
            olderCount = await db.Timeline.CountAsync(t => t.CustomerId == id && t.At < oldest, ct)
                + await db.FollowUps.CountAsync(f => f.CustomerId == id && f.At < oldest, ct)
                + await db.DealStageChanges.CountAsync(s => s.CustomerId == id && s.At < oldest, ct);
        }
        var followUpIds = followUps.Select(f => f.Id).ToList();
        var files = followUpIds.Count == 0 ? [] : await db.Attachments.AsNoTracking()
            .Where(a => a.FollowUpId != null && followUpIds.Contains(a.FollowUpId.Value))
            .Select(a => new FollowUpFile(a.Id, a.FollowUpId!.Value, a.FileName)).ToListAsync(ct);
        var corrections = followUpIds.Count == 0 ? [] : await db.FollowUpCorrections.AsNoTracking()
            .Where(c => followUpIds.Contains(c.FollowUpId)).ToListAsync(ct);
        return new TimelineSlice(
            entries, followUps, changes, files, corrections, olderCount > 0 ? floor : null, olderCount);
    }

    /// <summary>The rows of one source at or after the page's oldest instant, with all its rows at that instant when it was cut.</summary>
    private static async Task<List<T>> TiesAsync<T>(
        List<T> rows, int take, Instant oldest, Func<T, Instant> at, Func<T, Guid> id, Func<Task<List<T>>> atOldest)
    {
        var kept = rows.Where(r => at(r) >= oldest).ToList();
        if (rows.Count < take || at(rows[^1]) != oldest)
        {
            return kept;
        }
        var seen = kept.Select(id).ToHashSet();
        kept.AddRange((await atOldest()).Where(r => seen.Add(id(r))));
        return kept;
    }

    /// <summary>
    /// The slice's lines in the reader's language, newest first, with names from <paramref name="names"/>; a follow-up is
    /// correctable by its owner and managers.
    /// </summary>
    public IReadOnlyList<TimelineItem> Items(
        TimelineSlice slice, IReadOnlyDictionary<Guid, string> names, Guid? me, bool manager)
    {
        var files = slice.Files.GroupBy(f => f.FollowUpId).ToDictionary(g => g.Key, g => g.First());
        var history = slice.Corrections.GroupBy(c => c.FollowUpId).ToDictionary(
            g => g.Key, g => (IReadOnlyList<CorrectionLine>)[.. g.OrderByDescending(c => c.At).Select(c => CorrectionLine.Of(c, names))]);
        return slice.Entries.Select(e => new TimelineItem(
                e.At, "event", l[e.TextKey, e.Arguments.Split('|').Cast<object>().ToArray()], Link: e.Link))
            .Concat(slice.FollowUps.Select(f =>
            {
                var file = files.GetValueOrDefault(f.Id);
                var text = l["Timeline_FollowUp", l["Objective_" + f.Objective], f.Summary, Name(names, f.AuthorId ?? f.OwnerId)];
                return new TimelineItem(f.At, "followup", text, file?.Id, file?.FileName, FollowUpId: f.Id,
                    CanCorrect: manager || f.OwnerId == me, Corrections: history.GetValueOrDefault(f.Id), Voice: f.VoiceKey is not null,
                    Position: Visits.VisitQueries.Position(f));
            }))
            .Concat(slice.Changes.Select(s => new TimelineItem(
                s.At, "stage", l["Timeline_StageChanged", s.FromStage, s.ToStage, Math.Round(s.TimeInPrevious.TotalDays, 1)])))
            .OrderByDescending(t => t.At)
            .ToList();
    }

    public static string Name(IReadOnlyDictionary<Guid, string> names, Guid id) => names.TryGetValue(id, out var n) ? n : "—";
}
