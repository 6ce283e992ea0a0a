using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Health.Application.Indicators;
using SalesSuite.Health.Data;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Health.Application.Funnel;

/// <summary>
/// Funnel attribution: the leads assigned in the period (attributed to their holder), and how far each got — first
/// touched, a deal opened from it (need clarified), proposal accepted, contract signed, paid — with conversion and the
/// median time between steps. Deals opened without a lead are not in the funnel.
/// </summary>
internal sealed class FunnelQueries(HealthDbContext db, ReportScopeQueries scopes, Periods periods)
{
    public const int MaxRecords = 500;

    public async Task<FunnelReport> ReportAsync(IndicatorFilter filter, CancellationToken ct)
    {
        var scope = await scopes.ScopeAsync(ct);
        var (from, to) = (filter.FromWeek(periods.ThisWeek), filter.ToWeek(periods.ThisWeek));
        var records = await LoadAsync(scope, from, to, ct);
        var keys = filter.By == ReportBy.Team
            ? scope.Salespeople.Select(p => p.TeamId).Concat(records.Select(r => r.TeamId)).Distinct()
            : scope.Salespeople.Select(p => (Guid?)p.Id).Concat(records.Select(r => (Guid?)r.OwnerId)).Distinct();
        var lines = keys
            .Select(key => new FunnelLine(key, scope.LabelOf(filter.By, key), FunnelMath.Count(
                records.Where(r => (filter.By == ReportBy.Team ? r.TeamId : r.OwnerId) == key).Select(r => r.Path).ToList())))
            .OrderBy(l => l.Label is null).ThenBy(l => l.Label, StringComparer.CurrentCulture)
            .ToList();
        return new FunnelReport(filter.By, from, to, lines, new FunnelLine(null, null, FunnelMath.Count(records.Select(r => r.Path).ToList())));
    }

    /// <summary>The leads that reached <paramref name="step"/> (of one person, or of a team, or all), latest assigned first.</summary>
    public async Task<IReadOnlyList<FunnelRecord>> RecordsAsync(FunnelStep step, Guid? userId, Guid? teamId, IndicatorFilter filter,
        CancellationToken ct)
    {
        var scope = userId is { } id ? await scopes.PersonAsync(id, ct) : await scopes.ScopeAsync(ct);
        var records = await LoadAsync(scope, filter.FromWeek(periods.ThisWeek), filter.ToWeek(periods.ThisWeek), ct);
        return records
            .Where(r => r.Path.Reached(step) && (teamId is null || r.TeamId == teamId))
            .OrderByDescending(r => r.Path.AssignedAt)
            .Take(MaxRecords)
            .ToList();
    }

    /// <summary>Leads assigned in the period with their first deal (the one opened from them), filtered by visibility in the database.</summary>
    private async Task<List<FunnelRecord>> LoadAsync(ReportScope scope, LocalDate fromWeek, LocalDate toWeek, CancellationToken ct)
    {
        var (from, to) = (periods.StartOf(fromWeek), periods.StartOf(toWeek.PlusWeeks(1)));
        var rows = await db.Leads.AsNoTracking()
            .Where(l => l.OwnerId != null && l.AssignedAt >= from && l.AssignedAt < to)
            .VisibleTo(scope.Visibility, l => l.OwnerId)
            .GroupJoin(db.Deals, l => (Guid?)l.LeadId, d => d.LeadId, (l, deals) => new { l, deals })
            .SelectMany(x => x.deals.DefaultIfEmpty(), (x, d) => new
            {
                x.l.LeadId, x.l.Source, OwnerId = x.l.OwnerId!.Value, x.l.TeamId, AssignedAt = x.l.AssignedAt!.Value, x.l.FirstTouchAt,
                DealId = d == null ? (Guid?)null : d.DealId, Title = d == null ? null : d.Title, CustomerId = d == null ? (Guid?)null : d.CustomerId,
                OpenedAt = d == null ? (Instant?)null : d.OpenedAt, Accepted = d == null ? null : d.ProposalAcceptedAt,
                Signed = d == null ? null : d.ContractSignedAt, Paid = d == null ? null : d.PaidAt,
            })
            .ToListAsync(ct);
        return rows
            .GroupBy(r => r.LeadId)
            .Select(g => g.OrderBy(r => r.OpenedAt is null).ThenBy(r => r.OpenedAt).First())
            .Select(r => new FunnelRecord(r.LeadId, r.Source, r.OwnerId, r.TeamId, scope.NameOf(r.OwnerId),
                new FunnelPath(r.AssignedAt, r.FirstTouchAt, r.OpenedAt, r.Accepted, r.Signed, r.Paid),
                r.DealId is { } dealId ? new RecordRef(RecordRef.Deal, dealId, r.Title ?? "", dealId, r.CustomerId) : null))
            .ToList();
    }
}
