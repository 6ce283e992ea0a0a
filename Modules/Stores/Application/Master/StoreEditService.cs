using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Master;

/// <summary>
/// Applies a <see cref="StoreDraft"/> to a store, for the form and the import alike. The managers are a JSON column the
/// operation log does not see, so their change is logged here as one more field of the same operation. Callers check who
/// may configure; the demo seeder uses it without a signed-in user (the log then says System).
/// </summary>
internal sealed class StoreEditService(StoresDbContext db, StorePeopleService people, ICurrentUser user, IClock clock)
{
    public const string ManagersField = "Managers";

    /// <summary>The supervisor must be an active regional manager, every manager an active store manager.</summary>
    public async Task EnsurePeopleAsync(StoreDraft draft, CancellationToken ct)
    {
        var supervisors = (await people.SupervisorsAsync(ct)).Select(u => u.Id).ToHashSet();
        var managers = (await people.ManagersAsync(ct)).Select(u => u.Id).ToHashSet();
        DomainException.ThrowIf(draft.SupervisorUserId is { } s && !supervisors.Contains(s), "Master_Error_Supervisor");
        DomainException.ThrowIf(draft.ManagerUserIds.Any(m => !managers.Contains(m)), "Master_Error_Manager");
    }

    /// <summary>Refuses a code another store already has (compared without case, as SQL Server's collation does).</summary>
    public async Task EnsureCodeFreeAsync(string code, CancellationToken ct)
    {
        var upper = code.Trim().ToUpperInvariant();
        DomainException.ThrowIf(await db.Stores.AnyAsync(s => s.Code.ToUpper() == upper, ct), "Master_Error_DuplicateCode", code.Trim());
    }

    public Store Create(StoreDraft draft, string operation)
    {
        var store = new Store(Guid.NewGuid(), draft.Code, draft.Name, draft.Address ?? string.Empty, draft.Region, draft.Latitude, draft.Longitude);
        Apply(store, draft, operation);
        db.Stores.Add(store);
        return store;
    }

    public void Apply(Store store, StoreDraft draft, string operation)
    {
        store.Rename(draft.Name, draft.Address ?? string.Empty, draft.Region);
        store.MoveTo(draft.Latitude, draft.Longitude);
        store.SetFence(draft.RadiusMeters, draft.MinDwellMinutes);
        var before = ManagersText(store);
        store.AssignPeople(draft.SupervisorUserId, draft.ManagerUserIds);
        store.SetActive(draft.Active);
        var after = ManagersText(store);
        if (before == after)
        {
            return;
        }
        if (db.Entry(store).State == EntityState.Unchanged)
        {
            // Only the JSON column changed: mark the store itself so its Version guards the edit and steps.
            db.Entry(store).State = EntityState.Modified;
        }
        var change = new FieldChange(ManagersField, before, after);
        db.OperationLog.Add(new OperationLogEntry(
            Guid.NewGuid(), user.UserId, operation, nameof(Store), store.AuditId, clock.GetCurrentInstant(),
            JsonSerializer.Serialize(new[] { change })));
    }

    /// <summary>The managers as the log keeps them: their ids, sorted, separated by ", " (null when none).</summary>
    public static string? ManagersText(Store store) =>
        store.Managers.Count == 0 ? null : string.Join(", ", store.Managers.Select(m => m.UserId.ToString()).Order(StringComparer.Ordinal));
}
