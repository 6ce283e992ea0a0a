using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Data;

namespace SalesSuite.Goals.Application.Progress;

/// <summary>
/// The drill-down behind a number: the matched evidence of a person (or of everyone in view) for an action type, or with a
/// metric the result facts they own, newest first, 50 a page. A person the user may not see is a 404.
/// </summary>
internal sealed class EvidenceQueries(GoalsDbContext db, GoalsAccess access, GoalsPeopleService people)
{
    public async Task<EvidencePage> PageAsync(EvidenceQuery query, CancellationToken ct)
    {
        var rows = await FilteredAsync(query, ct);
        var total = await rows.CountAsync(ct);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + EvidenceQuery.PageSize - 1) / EvidenceQuery.PageSize));
        var list = await rows.Skip((page - 1) * EvidenceQuery.PageSize).Take(EvidenceQuery.PageSize).ToListAsync(ct);
        return new EvidencePage(list, total, page);
    }

    /// <summary>The rows for a CSV (at most <see cref="EvidenceQuery.CsvMax"/>; the flag says the list was cut).</summary>
    public async Task<(IReadOnlyList<EvidenceRow> Rows, bool Truncated)> AllAsync(EvidenceQuery query, CancellationToken ct)
    {
        var list = await (await FilteredAsync(query, ct)).Take(EvidenceQuery.CsvMax + 1).ToListAsync(ct);
        return (list.Take(EvidenceQuery.CsvMax).ToList(), list.Count > EvidenceQuery.CsvMax);
    }

    private async Task<IQueryable<EvidenceRow>> FilteredAsync(EvidenceQuery q, CancellationToken ct)
    {
        var owners = await OwnersAsync(q, ct);
        var (from, to) = (q.From, q.To);
        if (q.Metric is { } metric)
        {
            var facts = db.Facts.AsNoTracking().Where(f => f.Metric == metric && f.Day >= from && f.Day <= to && f.OwnerId != null);
            if (owners is not null)
            {
                facts = facts.Where(f => owners.Contains(f.OwnerId!.Value));
            }
            return from f in facts
                   join c in db.Customers.AsNoTracking() on f.CustomerId equals c.Id into cs
                   from c in cs.DefaultIfEmpty()
                   orderby f.OccurredAt descending, f.Id
                   select new EvidenceRow(f.Id, f.OccurredAt, f.Day, f.EventType, null, f.OwnerId, c.Name, f.Summary, f.Link, f.Amount);
        }
        var matches = db.Matches.AsNoTracking().Where(m => m.Day >= from && m.Day <= to);
        if (q.ActionTypeId is { } type)
        {
            matches = matches.Where(m => m.ActionTypeId == type);
        }
        if (owners is not null)
        {
            matches = matches.Where(m => owners.Contains(m.UserId));
        }
        return from m in matches
               join f in db.Facts.AsNoTracking() on m.FactId equals f.Id
               join c in db.Customers.AsNoTracking() on f.CustomerId equals c.Id into cs
               from c in cs.DefaultIfEmpty()
               orderby m.OccurredAt descending, m.FactId, m.ActionTypeId
               select new EvidenceRow(f.Id, f.OccurredAt, f.Day, f.EventType, m.ActionTypeId, m.UserId, c.Name, f.Summary, f.Link, f.Amount);
    }

    /// <summary>The people whose evidence may be listed: the one asked for (404 when not visible), the team in view, or null for all.</summary>
    private async Task<List<Guid>?> OwnersAsync(EvidenceQuery q, CancellationToken ct)
    {
        if (q.UserId is { } user)
        {
            await access.EnsureCanSeeAsync(user, ct);
            return [user];
        }
        var visibility = await access.VisibilityAsync(ct);
        if (q.TeamId is null && visibility.All)
        {
            return null;
        }
        return (await people.PeopleAsync(ct))
            .Where(p => visibility.CanSee(p.Id) && (q.TeamId is null || p.TeamId == q.TeamId))
            .Select(p => p.Id)
            .Union(q.TeamId is null ? visibility.Owners : [])
            .ToList();
    }
}
