using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>Base of every module's DbContext: its own schema on SQL Server, the kernel tables, NodaTime conventions.</summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IKernelDbContext
{
    /// <summary>SQL Server schema, e.g. "leads". SQLite has no schemas: each module has its own file instead.</summary>
    public abstract string Schema { get; }

    /// <summary>The module's name (resources, notifications): the context's type name without "DbContext".</summary>
    public virtual string ModuleName => GetType().Name.Replace("DbContext", string.Empty, StringComparison.Ordinal);

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxRecord> Inbox => Set<InboxRecord>();
    public DbSet<OperationLogEntry> OperationLog => Set<OperationLogEntry>();
    public DbSet<WorkLease> WorkLeases => Set<WorkLease>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.IsSqlServer())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }
        modelBuilder.ApplyKernelModel();
        // Empty modules have no configurations yet; EF warns on every start when asked to scan nothing.
        if (GetType().Assembly.GetTypes().Any(t => !t.IsAbstract
            && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))))
        {
            modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, t => ConfigurationBelongsHere(t));
        }
        modelBuilder.ApplyVersioningConvention();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyKernelConventions();

    /// <summary>Only configurations declared for this context (by namespace) are applied; override for finer control.</summary>
    protected virtual bool ConfigurationBelongsHere(Type configurationType) => true;
}
