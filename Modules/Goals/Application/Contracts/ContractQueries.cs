using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Application.Evidence;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Application.Contracts;

/// <summary>Action contracts read for the people the user may see (another's contract outside the line is a 404).</summary>
internal sealed class ContractQueries(GoalsDbContext db, GoalsAccess access, EvidenceService evidence, GoalsPeopleService people)
{
    public async Task<ContractView> ContractAsync(Guid userId, GoalPeriod period, CancellationToken ct)
    {
        await access.EnsureCanSeeAsync(userId, ct);
        var contract = await db.Contracts.AsNoTracking()
            .FirstOrDefaultAsync(c => c.UserId == userId && c.PeriodKind == period.Kind && c.PeriodStart == period.Start, ct);
        var names = await access.Records.NamesAsync(ct);
        var lines = new List<ContractLineView>();
        if (contract is not null && contract.Lines.Count > 0)
        {
            var done = await evidence.CountsAsync(userId, period.Start, period.End, ct);
            var ids = contract.Lines.Select(l => l.ActionTypeId).Distinct().ToList();
            var types = await db.ActionTypes.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
            lines = contract.Lines.Where(l => types.ContainsKey(l.ActionTypeId)).GroupBy(l => l.ActionTypeId)
                .Select(g => new ContractLineView(types[g.Key], g.Sum(l => l.Quantity), done.GetValueOrDefault(g.Key),
                    g.Select(l => l.Source).Distinct().Order().ToList(), g.Select(l => l.Note).OfType<string>().ToList()))
                .OrderBy(l => l.Type.Code, StringComparer.Ordinal)
                .ToList();
        }
        return new ContractView(userId, names.GetValueOrDefault(userId) ?? "", period, contract is not null, contract?.Version ?? 0,
            contract?.CompletedAt, lines, contract?.Lines ?? []);
    }

    /// <summary>The team overview: every visible person who carries contracts, with their completion for the period.</summary>
    public async Task<IReadOnlyList<TeamContractRow>> TeamAsync(GoalPeriod period, CancellationToken ct)
    {
        if (!access.IsManager)
        {
            throw new UnauthorizedAccessException();
        }
        var visibility = await access.VisibilityAsync(ct);
        var persons = (await people.PeopleAsync(ct)).Where(p => visibility.CanSee(p.Id)).ToList();
        var ids = persons.Select(p => p.Id).ToList();
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => ids.Contains(c.UserId) && c.PeriodKind == period.Kind && c.PeriodStart == period.Start)
            .ToDictionaryAsync(c => c.UserId, ct);
        var (from, to) = (period.Start, period.End);
        var done = (await db.Matches.AsNoTracking()
                .Where(m => ids.Contains(m.UserId) && m.Day >= from && m.Day <= to)
                .GroupBy(m => new { m.UserId, m.ActionTypeId })
                .Select(g => new { g.Key.UserId, g.Key.ActionTypeId, Count = g.Count() })
                .ToListAsync(ct))
            .ToLookup(x => x.UserId);
        return persons.Select(p =>
            {
                var owed = contracts.TryGetValue(p.Id, out var c) ? c.Owed() : new Dictionary<Guid, int>();
                var counts = done[p.Id].ToDictionary(x => x.ActionTypeId, x => x.Count);
                var lines = owed.Select(o => (Owed: o.Value, Done: counts.GetValueOrDefault(o.Key))).ToList();
                return new TeamContractRow(p.Id, p.DisplayName, p.TeamName, owed.Count, lines.Sum(l => l.Owed),
                    lines.Sum(l => Math.Min(l.Done, l.Owed)), ContractMath.Percent(lines), c?.CompletedAt);
            })
            .OrderBy(r => r.Team, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Action types a commitment may name (active ones; the managers' own first).</summary>
    public async Task<IReadOnlyList<KeyActionType>> CommitmentTypesAsync(CancellationToken ct) =>
        (await db.ActionTypes.AsNoTracking().Where(t => t.Active).ToListAsync(ct))
            .OrderByDescending(t => t.ForManagers).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
}
