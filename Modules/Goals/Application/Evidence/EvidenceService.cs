using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Goals.Contracts;
using SalesSuite.Goals.Data;
using SalesSuite.Goals.Domain;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Goals.Application.Evidence;

/// <summary>
/// Records one evidence fact inside the consuming handler's unit of work (its SaveChanges also writes the inbox record,
/// so a redelivered event changes nothing): the fact, its matches against every active evidence standard, and the
/// completion of the credited people's action contracts (ActionContractCompleted, once per contract).
/// </summary>
internal sealed class EvidenceService(GoalsDbContext db, IClock clock, Notifier<GoalsDbContext> notifier, IOrganisation organisation)
{
    public async Task RecordAsync(EvidenceFact fact, CancellationToken ct)
    {
        // No lookup of the fact first: its id is the event's, and the consumer's inbox already refused a redelivery.
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
            await CompleteContractsAsync(userId, fact.Day, fact.OccurredAt, ct);
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
        ProgressChanges.Touch(db);
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
    /// <paramref name="day"/> that the evidence so far (stored plus the matches added in this unit of work) now meets.
    /// </summary>
    public async Task CompleteContractsAsync(Guid userId, LocalDate day, Instant at, CancellationToken ct)
    {
        var open = await db.Contracts
            .Where(c => c.UserId == userId && c.CompletedAt == null && c.PeriodStart <= day && c.PeriodEnd >= day)
            .ToListAsync(ct);
        foreach (var contract in open)
        {
            await CompleteIfMetAsync(contract, at, ct);
        }
    }

    /// <summary>
    /// After a standard changed (<see cref="RematchAsync"/>, in the same unit of work): every open contract that owes
    /// <paramref name="actionTypeId"/> and is now met completes, once. A contract that stops being met keeps its
    /// CompletedAt: completion is a fact in time (the reward pool ranked on it), not a live state. Returns how many completed.
    /// </summary>
    public async Task<int> RecheckContractsAsync(Guid actionTypeId, CancellationToken ct)
    {
        var open = await db.Contracts.Where(c => c.CompletedAt == null && c.Lines.Any(l => l.ActionTypeId == actionTypeId)).ToListAsync(ct);
        var completed = 0;
        foreach (var contract in open)
        {
            completed += await CompleteIfMetAsync(contract, null, ct) ? 1 : 0;
        }
        return completed;
    }

    /// <summary>After a contract's lines changed: it completes right away when the evidence already covers it.</summary>
    public async Task<bool> RecheckAsync(ActionContract contract, CancellationToken ct) =>
        contract.CompletedAt is null && await CompleteIfMetAsync(contract, null, ct);

    /// <summary>
    /// Re-derives the matches of one customer's facts for the standards that count key customers only (after the
    /// customer was marked or unmarked key), then re-checks the open contracts owing those standards. The caller commits.
    /// </summary>
    public async Task RematchCustomerAsync(Guid customerId, CancellationToken ct)
    {
        var types = await db.ActionTypes.AsNoTracking().Where(t => t.Active && t.Rule.KeyCustomersOnly).ToListAsync(ct);
        if (types.Count == 0)
        {
            return;
        }
        var ids = types.Select(t => t.Id).ToList();
        await db.Matches.Where(m => m.CustomerId == customerId && ids.Contains(m.ActionTypeId)).ExecuteDeleteAsync(ct);
        ProgressChanges.Touch(db);
        var events = types.Select(t => t.Rule.EventType).Distinct().ToList();
        var facts = await db.Facts.AsNoTracking().Where(f => f.CustomerId == customerId && events.Contains(f.EventType)).ToListAsync(ct);
        var isKey = await KeyCustomerCheckAsync(customerId, ct);
        db.Matches.AddRange(facts.SelectMany(f => Match(f, types, isKey)));
        foreach (var type in types)
        {
            await RecheckContractsAsync(type.Id, ct);
        }
    }

    /// <summary>
    /// Completes the contract when stored evidence plus the matches added in this unit of work meet every line. The
    /// instant is <paramref name="at"/> (the fact being recorded) or, on a re-check, the instant of the evidence that
    /// reached the last owed quantity.
    /// </summary>
    private async Task<bool> CompleteIfMetAsync(ActionContract contract, Instant? at, CancellationToken ct)
    {
        var owed = contract.Owed();
        if (owed.Count == 0)
        {
            return false;
        }
        var (userId, from, to) = (contract.UserId, contract.PeriodStart, contract.PeriodEnd);
        var types = owed.Keys.ToList();
        var stored = await db.Matches.AsNoTracking()
            .Where(m => m.UserId == userId && m.Day >= from && m.Day <= to && types.Contains(m.ActionTypeId))
            .Select(m => new { m.FactId, m.ActionTypeId, m.OccurredAt })
            .ToListAsync(ct);
        var pending = db.ChangeTracker.Entries<EvidenceMatch>()
            .Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Where(m => m.UserId == userId && m.Day >= from && m.Day <= to && owed.ContainsKey(m.ActionTypeId))
            .Select(m => new { m.FactId, m.ActionTypeId, m.OccurredAt });
        var byType = stored.Concat(pending).DistinctBy(m => (m.FactId, m.ActionTypeId))
            .GroupBy(m => m.ActionTypeId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.OccurredAt).Order().ToList());
        if (!contract.IsMetBy(byType.ToDictionary(x => x.Key, x => x.Value.Count)))
        {
            return false;
        }
        var reached = at ?? owed.Max(o => byType[o.Key][o.Value - 1]);
        if (!contract.Complete(reached))
        {
            return false;
        }
        db.Publish(new ActionContractCompleted(Guid.NewGuid(), clock.GetCurrentInstant(), null, contract.Id, userId,
            contract.PeriodKind.ToString(), contract.PeriodStart, contract.PeriodEnd, contract.Lines.Count, reached));
        await NotifyCompletedAsync(contract, ct);
        return true;
    }

    /// <summary>
    /// The person and their manager hear of a completion in the same unit of work that publishes it (so a redelivered
    /// event, refused by the inbox, notifies nobody twice).
    /// </summary>
    private async Task NotifyCompletedAsync(ActionContract contract, CancellationToken ct)
    {
        var link = GoalsLinks.ActionContract(contract.UserId, contract.Period.Key);
        notifier.ToUser(contract.UserId, "Contracts_Notify_Completed", link, null, contract.Period.Key);
        if (await organisation.ManagerOfAsync(contract.UserId, ct) is { } manager && manager.Id != contract.UserId)
        {
            var person = await organisation.FindUserAsync(contract.UserId, ct);
            notifier.ToUser(manager.Id, "Contracts_Notify_TeamCompleted", link, null, person?.DisplayName ?? "", contract.Period.Key);
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
