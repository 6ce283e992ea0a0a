using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Quotes.Data;
using SalesSuite.Quotes.Domain;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Caching;
using SalesSuite.SharedKernel.Specification;

namespace SalesSuite.Quotes.Application.List;

/// <summary>
/// The steps waiting for the viewer: active, for one of their roles, on a quote they do not own (nobody approves their
/// own quote). Most urgent first, in pages of <see cref="PageSize"/> by keyset on (due, step id); counted exactly on the
/// index (role, status, due, id). The first page with its counts is computed once per change stamp of the quotes and
/// per viewer, then shared (<see cref="StampedCache{TModule}"/>); the overdue count also ages without any change, so the
/// cached page holds only until the next deadline of the viewer's roles passes (<see cref="FirstPage.Holds"/>).
/// </summary>
internal sealed class ApprovalQueueQueries(
    QuotesDbContext db, RecordAccess access, QuoteStampQueries stamp, StampedCache<QuotesModule> cache)
{
    public const int PageSize = 20;

    public async Task<ApprovalQueue> QueueAsync(Instant now, string? after, CancellationToken ct)
    {
        var roles = access.RolesOf();
        var me = access.UserId;
        if (roles.Count == 0)
        {
            return new ApprovalQueue([], 0, 0, null); // no step waits for a user without a role
        }
        if (after is not null)
        {
            return await ComputeAsync(roles, me, now, after, ct);
        }
        var key = me.ToString("N") + "|" + string.Join(',', roles.Order(StringComparer.Ordinal));
        var first = await cache.GetAsync(
            "ApprovalQueue", await stamp.TokenAsync(ct), key, () => FirstPageAsync(roles, me, now, CancellationToken.None), f => f.Holds(now));
        return first.Queue;
    }

    private async Task<ApprovalQueue> ComputeAsync(IReadOnlyList<string> roles, Guid me, Instant now, string? after, CancellationToken ct)
    {
        var steps = After(db.ApprovalSteps.AsNoTracking().WithSpecification(new ActiveStepsForRolesSpec(roles)), after);
        var rows = await steps
            .Join(db.Quotes.AsNoTracking().Where(q => q.OwnerId != me), s => s.QuoteId, q => q.Id, (s, q) => new QueueRow(
                s.Id, q.Id, q.Number, q.CurrentVersionLabel, q.CustomerName, q.OwnerId, s.Kind, s.ActivatedAt, s.DueAt))
            .Take(PageSize + 1)
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? CursorOf(rows[PageSize - 1]) : null;
        var (count, overdue) = await CountAsync(roles, me, now, ct);
        return new ApprovalQueue(rows.Count > PageSize ? rows.GetRange(0, PageSize) : rows, count, overdue, next);
    }

    /// <summary>
    /// The first page at <paramref name="now"/> and the deadlines around it: the overdue count (due before now) stays the same
    /// after the last deadline already passed and up to the next one of the viewer's roles (their own quotes included, so
    /// the window is never too wide).
    /// </summary>
    private async Task<FirstPage> FirstPageAsync(IReadOnlyList<string> roles, Guid me, Instant now, CancellationToken ct)
    {
        var queue = await ComputeAsync(roles, me, now, null, ct);
        var due = db.ApprovalSteps.AsNoTracking().Where(s => s.Status == StepStatus.Active && roles.Contains(s.Role) && s.DueAt != null);
        var lastPassed = await due.Where(s => s.DueAt < now).OrderByDescending(s => s.DueAt).Select(s => s.DueAt).FirstOrDefaultAsync(ct);
        var nextDue = await due.Where(s => s.DueAt >= now).OrderBy(s => s.DueAt).Select(s => s.DueAt).FirstOrDefaultAsync(ct);
        return new FirstPage(queue, lastPassed, nextDue);
    }

    /// <summary>A cached first page, right for every instant after <paramref name="LastPassed"/> up to <paramref name="NextDue"/>.</summary>
    private sealed record FirstPage(ApprovalQueue Queue, Instant? LastPassed, Instant? NextDue)
    {
        public bool Holds(Instant now) => (LastPassed is not { } passed || passed < now) && (NextDue is not { } next || now <= next);
    }

    /// <summary>
    /// All active steps of my roles minus those on my own quotes, each with how many are past due: the first is an
    /// index-only count, the second starts from my quotes (the owner index), so neither reads the quote of every waiting step.
    /// </summary>
    private async Task<(int Count, int Overdue)> CountAsync(IReadOnlyList<string> roles, Guid me, Instant now, CancellationToken ct)
    {
        var active = db.ApprovalSteps.AsNoTracking().Where(s => s.Status == StepStatus.Active && roles.Contains(s.Role));
        var mine = db.Quotes.AsNoTracking().Where(q => q.OwnerId == me)
            .Join(active, q => q.Id, s => s.QuoteId, (q, s) => s);
        var all = await Tally(active, now).SingleOrDefaultAsync(ct);
        if (all is null)
        {
            return (0, 0); // nothing waits for my roles (a salesperson, most managers): nothing to subtract
        }
        var own = await Tally(mine, now).SingleOrDefaultAsync(ct);
        return (all.Count - (own?.Count ?? 0), all.Overdue - (own?.Overdue ?? 0));
    }

    /// <summary>How many steps and how many of them past due, in one query: one row, or none when there is no step.</summary>
    private static IQueryable<StepTally> Tally(IQueryable<ApprovalStep> steps, Instant now) =>
        steps.GroupBy(_ => 1).Select(g => new StepTally(g.Count(), g.Count(s => s.DueAt < now)));

    private sealed record StepTally(int Count, int Overdue);

    private static IQueryable<ApprovalStep> After(IQueryable<ApprovalStep> steps, string? cursor)
    {
        var split = cursor?.IndexOf('_', StringComparison.Ordinal) ?? -1;
        if (cursor is null || split <= 0
            || !long.TryParse(cursor[..split], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > Instant.MaxValue.ToUnixTimeTicks()
            || !Guid.TryParse(cursor[(split + 1)..], out var id))
        {
            return steps;
        }
        Instant? due = Instant.FromUnixTimeTicks(ticks);
        return steps.Where(s => s.DueAt >= due && (s.DueAt > due || s.Id.CompareTo(id) > 0));
    }

    private static string CursorOf(QueueRow row) =>
        (row.DueAt ?? Instant.MinValue).ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture) + "_" + row.StepId;
}
