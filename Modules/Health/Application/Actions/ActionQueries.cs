using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Actions;

/// <summary>The actions a reader may see (the person or the one who must act is theirs to see), and the counts for the home panel.</summary>
internal sealed class ActionQueries(HealthDbContext db, HealthAccess access)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<ActionRow>> ListAsync(ActionFilter filter, CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var query = Visible(visibility);
        query = filter.State switch
        {
            ActionFilter.Past => query.Where(a => a.EndedAt != null),
            ActionFilter.All => query,
            _ => query.Where(a => a.EndedAt == null),
        };
        if (filter.KindValue is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }
        if (filter.Id is { } id)
        {
            query = query.Where(a => a.Id == id);
        }
        var rows = await query.OrderByDescending(a => a.StartedAt).Take(MaxRows).ToListAsync(ct);
        var names = await access.Records.NamesAsync(ct);
        string? Name(Guid? user) => user is { } u ? names.GetValueOrDefault(u, u.ToString("N")[..8]) : null;
        return rows.Select(a =>
        {
            var person = ActionService.PersonOf(a);
            var isTask = a.Kind is ActionKind.SupervisorReview or ActionKind.CustomerReview or ActionKind.SupportPack;
            var seesPerson = visibility.CanSee(person) && access.Records.IsManager;
            return new ActionRow(a.Id, a.Kind, a.Rule, Name(a.UserId)!, a.Kind == ActionKind.SupervisorReview ? Name(a.SubjectId) : null,
                a.Explanation, ActionService.EvidenceOf(a), a.StartedAt, a.Until, a.EndedAt, a.Reversed, Name(a.EndedBy), a.EndReason, a.Version,
                a.IsActive && seesPerson, a.IsActive && isTask && (seesPerson || a.UserId == access.UserId));
        }).ToList();
    }

    /// <summary>Active actions by kind, as the reader may see them (for the home panel).</summary>
    public async Task<IReadOnlyDictionary<ActionKind, int>> ActiveCountsAsync(CancellationToken ct)
    {
        var visibility = await access.VisibilityAsync(ct);
        var counts = await Visible(visibility).Where(a => a.EndedAt == null)
            .GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }

    private IQueryable<HealthAction> Visible(Visibility visibility)
    {
        var query = db.Actions.AsNoTracking();
        if (visibility.All)
        {
            return query;
        }
        var owners = visibility.Owners.ToList();
        return query.Where(a => owners.Contains(a.UserId) || (a.SubjectId != null && owners.Contains(a.SubjectId.Value)));
    }
}
