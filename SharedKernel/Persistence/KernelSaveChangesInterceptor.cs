using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>
/// Runs inside every SaveChanges: bumps concurrency versions, writes the operation log for auditable
/// entities (same transaction as the change), and wakes the outbox dispatcher after commit.
/// </summary>
/// <remarks>
/// One instance for the whole process, in every module context's options, so EF builds those options once per context
/// type instead of once per DI scope (a scoped interceptor made every request build them and look EF's internal service
/// provider up by them). It holds no state: the acting user, the operation name and the state of the save in progress
/// belong to the context being saved, in its <see cref="KernelSaveScope"/>, attached when DI created the context in its
/// scope. So the log names the user and operation of the scope that owns the context (a request, a background work
/// scope, a test's scope), and two contexts saving at once, in one scope or in many, never share per-save state.
/// </remarks>
internal sealed class KernelSaveChangesInterceptor(IClock clock, OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BeforeSave(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSave(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        UndoAttempt(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        UndoAttempt(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    /// <summary>
    /// A failed save leaves the context as the caller prepared it: without this attempt's log rows and version
    /// bumps, so saving again (after fixing the input) logs the change once and steps the version once.
    /// </summary>
    private static void UndoAttempt(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var scope = KernelSaveScope.Of(context);
        scope.OutboxWritten = false;
        foreach (var versioned in scope.Bumped)
        {
            versioned.Version--;
        }
        scope.Bumped = [];
        // Log rows still Added were written by this attempt (saved ones are Unchanged).
        foreach (var log in context.ChangeTracker.Entries<OperationLogEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            log.State = EntityState.Detached;
        }
    }

    private void AfterSave(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var scope = KernelSaveScope.Of(context);
        scope.Bumped = [];
        if (scope.OutboxWritten)
        {
            scope.OutboxWritten = false;
            signal.Notify(context.GetType());
        }
    }

    private void BeforeSave(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var scope = KernelSaveScope.Of(context);
        context.ChangeTracker.DetectChanges();
        var now = clock.GetCurrentInstant();
        var entries = context.ChangeTracker.Entries().ToList();
        foreach (var entry in entries)
        {
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }
            if (entry.Entity is IAuditable auditable && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && Log(entry, auditable, now, scope) is { } log)
            {
                context.Add(log);
            }
        }
        scope.OutboxWritten = entries.Any(e => e.Entity is OutboxMessage && e.State == EntityState.Added);
        scope.Bumped = entries.Where(e => e.Entity is IVersioned && e.State == EntityState.Modified).Select(e => (IVersioned)e.Entity).ToList();
    }

    /// <summary>Null when only unaudited fields changed outside a named operation (e.g. a sign-in's lock-out counter).</summary>
    private static OperationLogEntry? Log(EntityEntry entry, IAuditable auditable, Instant now, KernelSaveScope scope)
    {
        var changes = entry.Properties
            .Where(p => entry.State != EntityState.Modified || p.IsModified)
            .Where(p => !p.Metadata.IsShadowProperty() && p.Metadata.Name != nameof(IVersioned.Version))
            .Where(p => !IsNotAudited(entry.Metadata.ClrType, p.Metadata.Name))
            .Select(p => new FieldChange(
                p.Metadata.Name,
                entry.State == EntityState.Added ? null : Format(p.OriginalValue),
                entry.State == EntityState.Deleted ? null : Format(p.CurrentValue)))
            .Where(c => c.Before != c.After)
            .Select(c => c with { Before = Capped(c.Before), After = Capped(c.After) })
            .ToList();
        if (changes.Count == 0 && entry.State == EntityState.Modified && scope.Operation.Operation is null)
        {
            return null;
        }
        var entityType = entry.Metadata.ClrType.Name;
        return new OperationLogEntry(
            Guid.NewGuid(),
            scope.CurrentUser.UserId,
            scope.Operation.Operation ?? $"{entityType}.{entry.State}",
            entityType,
            auditable.AuditId,
            now,
            JsonSerializer.Serialize(changes));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), bool> NotAudited = new();

    /// <summary>Looks at the most derived declaration, so an entity can mark an inherited property by overriding it.</summary>
    private static bool IsNotAudited(Type type, string property) =>
        NotAudited.GetOrAdd((type, property), key => key.Item1.GetProperties()
            .Where(pi => pi.Name == key.Item2)
            .Any(pi => Attribute.IsDefined(pi, typeof(NotAuditedAttribute), inherit: true)));

    /// <summary>Longer values (a signature, an embedded file) are logged by their length only, even without [NotAudited].</summary>
    internal const int MaxLoggedLength = 1000;

    internal static string? Capped(string? text) =>
        text is { Length: > MaxLoggedLength } ? $"({text.Length.ToString(CultureInfo.InvariantCulture)} characters)" : text;

    private static string? Format(object? value) => value switch
    {
        null => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
