using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Time;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Flags;

/// <summary>
/// The checks on one day's feedback texts, per store: a text near-identical (<see cref="TextSimilarity"/>) to one of the
/// same store on an earlier day (30 days back) is marked duplicate; a question near-identical on the configured number
/// of consecutive days (<see cref="SameQuestionRule"/>) flags the store to its area supervisor, once per run (a longer
/// run extends the flag). Both are idempotent: running them again changes nothing.
/// </summary>
internal sealed class FeedbackCheckService(
    StoresDbContext db,
    UnitOfWork<StoresDbContext> unitOfWork,
    ModuleSettings<StoresDbContext, StoresSettings> settings,
    Notifier<StoresDbContext> notifier,
    BusinessClock business)
{
    public const int LookBackDays = 30;

    /// <summary>Marks the day's duplicate texts; returns how many were marked now.</summary>
    public async Task<int> MarkDuplicatesAsync(LocalDate day, CancellationToken ct)
    {
        var percent = (await settings.ReadAsync(ct)).DuplicateSimilarityPercent;
        var lines = await db.Feedback.Where(f => f.Day == day && f.Question != null && !f.Duplicate).ToListAsync(ct);
        if (lines.Count == 0)
        {
            return 0;
        }
        var earlier = await EarlierKeysAsync(lines.Select(l => l.StoreId), day, ct);
        var marked = 0;
        foreach (var line in lines)
        {
            var key = TextSimilarity.Normalise(line.Question);
            if (earlier.TryGetValue(line.StoreId, out var byDay)
                && byDay.Values.Any(keys => keys.Any(k => TextSimilarity.NearIdentical(key, k, percent))))
            {
                line.Duplicate = true;
                marked++;
            }
        }
        if (marked > 0)
        {
            await unitOfWork.CommitAsync("Feedback.MarkDuplicates", ct);
        }
        return marked;
    }

    /// <summary>Raises or extends same-question flags for the day's questions; returns how many flags were raised now.</summary>
    public async Task<int> RaiseFlagsAsync(LocalDate day, CancellationToken ct)
    {
        var setting = await settings.ReadAsync(ct);
        var lines = await db.Feedback.AsNoTracking().Where(f => f.Day == day && f.Question != null)
            .Select(f => new { f.StoreId, f.Question }).ToListAsync(ct);
        if (lines.Count == 0)
        {
            return 0;
        }
        var storeIds = lines.Select(l => l.StoreId).Distinct().ToList();
        var earlier = await EarlierKeysAsync(storeIds, day, ct);
        var yesterday = day.PlusDays(-1);
        var flags = await db.Flags.Where(f => storeIds.Contains(f.StoreId) && f.LastDay >= yesterday && f.FirstDay <= day).ToListAsync(ct);
        var stores = await db.Stores.AsNoTracking().Where(s => storeIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var (raised, changed) = (0, false);
        foreach (var line in lines)
        {
            var key = Clip(TextSimilarity.Normalise(line.Question), StoreFlag.QuestionMaxLength);
            if (key.Length == 0 || !stores.TryGetValue(line.StoreId, out var store))
            {
                continue;
            }
            var running = flags.FirstOrDefault(f => f.StoreId == store.Id
                && TextSimilarity.NearIdentical(key, f.QuestionKey, setting.DuplicateSimilarityPercent));
            if (running is not null)
            {
                changed |= running.Extend(day);
                continue;
            }
            var byDay = earlier.GetValueOrDefault(store.Id) ?? new Dictionary<LocalDate, IReadOnlyList<string>>();
            var first = SameQuestionRule.RunStart(key, day, byDay, setting.DuplicateSimilarityPercent);
            var length = SameQuestionRule.Length(first, day);
            if (!SameQuestionRule.Flags(length, setting.SameQuestionDays))
            {
                continue;
            }
            var flag = new StoreFlag(Guid.NewGuid(), store.Id, key, Clip(line.Question!, StoreFlag.QuestionMaxLength), first, day,
                store.SupervisorUserId, business.Now);
            db.Flags.Add(flag);
            flags.Add(flag);
            Notify(store, flag, length);
            (raised, changed) = (raised + 1, true);
        }
        if (!changed)
        {
            return 0;
        }
        try
        {
            await unitOfWork.CommitAsync("StoreFlag.Raise", ct);
            return raised;
        }
        catch (DbUpdateException) when (raised > 0)
        {
            // Another run raised the same flag first (unique store, question, first day): this one keeps nothing.
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private void Notify(Store store, StoreFlag flag, int days)
    {
        string[] args = [store.Code, store.Name, flag.Question, days.ToString(CultureInfo.InvariantCulture)];
        if (store.SupervisorUserId is { } supervisor)
        {
            notifier.ToUser(supervisor, "Flag_Notify_Raised", StoresLinks.Flags, null, args);
        }
        else
        {
            // No area supervisor: headquarters' sales directors, so the flag is never lost.
            notifier.ToRole(Roles.SalesDirector, "Flag_Notify_Raised", StoresLinks.Flags, null, args);
        }
    }

    /// <summary>The stores' normalised questions per day in the look-back window before <paramref name="day"/>.</summary>
    private async Task<Dictionary<Guid, IReadOnlyDictionary<LocalDate, IReadOnlyList<string>>>> EarlierKeysAsync(
        IEnumerable<Guid> storeIds, LocalDate day, CancellationToken ct)
    {
        var ids = storeIds.Distinct().ToList();
        var from = day.PlusDays(-LookBackDays);
        var rows = await db.Feedback.AsNoTracking()
            .Where(f => ids.Contains(f.StoreId) && f.Day >= from && f.Day < day && f.Question != null)
            .Select(f => new { f.StoreId, f.Day, f.Question }).ToListAsync(ct);
        return rows.GroupBy(r => r.StoreId).ToDictionary(
            s => s.Key,
            s => (IReadOnlyDictionary<LocalDate, IReadOnlyList<string>>)s.GroupBy(r => r.Day).ToDictionary(
                d => d.Key, d => (IReadOnlyList<string>)d.Select(r => TextSimilarity.Normalise(r.Question)).Where(k => k.Length > 0).ToList()));
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
