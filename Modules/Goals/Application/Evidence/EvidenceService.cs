using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Contracts;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Goals.Application.Evidence;

/// <summary>
/// Records one evidence fact inside the consuming handler's unit of work (its SaveChanges also writes the inbox record,
/// so a redelivered event changes nothing): the fact, its matches against every active evidence standard, and the
/// completion of the credited people's action contracts (ActionContractCompleted, once per contract).
/// </summary>
internal sealed class EvidenceService(GoalsDbContext db, IClock clock)
{
    public async Task RecordAsync(EvidenceFact fact, CancellationToken ct)
    {
        if (await db.Facts.AnyAsync(f => f.Id == fact.Id, ct))
        {
            return;
        }
        db.Facts.Add(fact);
        var types = await db.ActionTypes.AsNoTracking().Where(t => t.Active && t.Rule.EventType == fact.EventType).ToListAsync(ct);
        if (types.Count == 0)
        {
            return;
        }
        var isKey = await KeyCustomerCheckAsync(fact.CustomerId, ct);
        var matches = Match(fact, types, isKey);
        db.Matches.AddRange(matches);
        foreach (var userId in matches.Select(m => m.UserId).Distinct())
        {
            await CompleteContractsAsync(userId, fact.Day, fact.OccurredAt, matches, ct);
        }
    }

    /// <summary>The matches of one fact against the standards (pure: the unit tests' entry).</summary>
    public static List<EvidenceMatch> Match(EvidenceFact fact, IEnumerable<KeyActionType> types, Func<Guid, bool> isKeyCustomer) =>
        types.Where(t => t.Active)
            .Select(t => (Type: t, User: t.Rule.Match(fact, isKeyCustomer)))
            .Where(x => x.User is not null)
            .Select(x => new EvidenceMatch(fact.Id, x.Type.Id, x.User!.Value, fact.Day, fact.OccurredAt, fact.CustomerId))
            .ToList();

    /// <summary>
    /// Re-derives every match of one action type from the stored facts (after its standard changed), then re-checks
    /// completion of open contracts that owe it. The caller commits.
    /// </summary>
    public async Task<int> RematchAsync(KeyActionType type, CancellationToken ct)
    {
        await db.Matches.Where(m => m.ActionTypeId == type.Id).ExecuteDeleteAsync(ct);
        if (!type.Active)
        {
            return 0;
        }
        var facts = await db.Facts.AsNoTracking().Where(f => f.EventType == type.Rule.EventType).ToListAsync(ct);
        var customerIds = facts.Where(f => f.CustomerId is not null).Select(f => f.CustomerId!.Value).Distinct().ToList();
        var keys = (await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToListAsync(ct))
            .Where(c => c.IsKey).Select(c => c.Id).ToHashSet();
        var matches = facts.SelectMany(f => Match(f, [type], keys.Contains)).ToList();
        db.Matches.AddRange(matches);
        return matches.Count;
    }

    /// <summary>
    /// Sets CompletedAt (and publishes ActionContractCompleted) on each of the user's open contracts covering
    /// <paramref name="day"/> that the evidence so far (stored plus <paramref name="pending"/>) now meets.
    /// </summary>
    public async Task CompleteContractsAsync(Guid userId, LocalDate day, Instant at, IReadOnlyCollection<EvidenceMatch> pending,
        CancellationToken ct)
    {
        var open = await db.Contracts
            .Where(c => c.UserId == userId && c.CompletedAt == null && c.PeriodStart <= day && c.PeriodEnd >= day)
            .ToListAsync(ct);
        foreach (var contract in open)
        {
            var done = await CountsAsync(userId, contract.PeriodStart, contract.PeriodEnd, ct);
            foreach (var m in pending.Where(m => m.UserId == userId && m.Day >= contract.PeriodStart && m.Day <= contract.PeriodEnd))
            {
                done[m.ActionTypeId] = done.GetValueOrDefault(m.ActionTypeId) + 1;
            }
            if (contract.IsMetBy(done) && contract.Complete(at))
            {
                db.Publish(new ActionContractCompleted(Guid.NewGuid(), clock.GetCurrentInstant(), null, contract.Id, userId,
                    contract.PeriodKind.ToString(), contract.PeriodStart, contract.PeriodEnd, contract.Lines.Count, at));
            }
        }
    }

    /// <summary>Stored evidence counts per action type for one person between two days (inclusive).</summary>
    public async Task<Dictionary<Guid, int>> CountsAsync(Guid userId, LocalDate from, LocalDate to, CancellationToken ct) =>
        await db.Matches.AsNoTracking()
            .Where(m => m.UserId == userId && m.Day >= from && m.Day <= to)
            .GroupBy(m => m.ActionTypeId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    private async Task<Func<Guid, bool>> KeyCustomerCheckAsync(Guid? customerId, CancellationToken ct)
    {
        if (customerId is not { } id)
        {
            return _ => false;
        }
        var customer = db.Customers.Local.FirstOrDefault(c => c.Id == id)
            ?? await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        var key = customer?.IsKey == true;
        return c => c == id && key;
    }
}
