using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>Mapping, stamping and reading of a module's <see cref="ChangeStamp"/> rows.</summary>
public static class ChangeStamps
{
    /// <summary>The table and its fixed rows (inserted by the module's migration, so a stamp is an UPDATE, never a read).</summary>
    public static void Configure(EntityTypeBuilder<ChangeStamp> b, params ChangeStamp[] initial)
    {
        b.ToTable("ChangeStamps");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(ChangeStamp.MaxName);
        b.HasData(initial.Select(s => new { s.Name, s.Value }));
    }

    /// <summary>Stamps <paramref name="name"/> when this save adds, changes or deletes an entity <paramref name="counts"/> accepts.</summary>
    public static void StampIfChanged(DbContext db, string name, Func<object, bool> counts)
    {
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is not ChangeStamp && counts(e.Entity)))
        {
            Touch(db, name);
        }
    }

    /// <summary>
    /// Stages an UPDATE of the stamp's row to a new value (no read), committed with the next SaveChanges. Writes that
    /// bypass the change tracker (ExecuteUpdate / ExecuteDelete) call this themselves.
    /// </summary>
    public static void Touch(DbContext db, string name)
    {
        var stamps = db.Set<ChangeStamp>();
        var stamp = stamps.Local.FirstOrDefault(s => s.Name == name);
        if (stamp is null)
        {
            stamp = new ChangeStamp(name, Guid.Empty);
            stamps.Attach(stamp);
        }
        stamp.Touch();
        db.Entry(stamp).Property(s => s.Value).IsModified = true;
    }

    /// <summary>
    /// The stamp's current value (one primary-key row), read by pages on every request: a compiled query per context type,
    /// so EF skips hashing and looking up the expression each time (a compiled query recompiles when the model changes).
    /// </summary>
    public static Task<Guid> ValueAsync<TContext>(TContext db, string name, CancellationToken ct)
        where TContext : DbContext =>
        Compiled<TContext>.Value(db, name, ct);

    private static class Compiled<TContext>
        where TContext : DbContext
    {
        public static readonly Func<TContext, string, CancellationToken, Task<Guid>> Value = EF.CompileAsyncQuery(
            (TContext db, string name, CancellationToken ct) => db.Set<ChangeStamp>().AsNoTracking().Where(s => s.Name == name)
                .Select(s => s.Value).FirstOrDefault());
    }
}
