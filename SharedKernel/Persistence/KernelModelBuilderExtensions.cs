using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.SharedKernel.Persistence;

public static class KernelModelBuilderExtensions
{
    public static ModelBuilder ApplyKernelModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("OutboxMessages");
            b.HasKey(x => x.Id);
            b.Property(x => x.Type).HasMaxLength(300).IsRequired();
            b.Property(x => x.Payload).IsRequired();
            b.Property(x => x.LastError).HasMaxLength(2000);
            b.Property(x => x.LockedBy).HasMaxLength(100);
            b.HasIndex(x => new { x.ProcessedAt, x.NextAttemptAt });
        });
        modelBuilder.Entity<WorkLease>(b =>
        {
            b.ToTable("WorkLeases");
            b.HasKey(x => x.Name);
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Holder).HasMaxLength(100).IsRequired();
        });
        modelBuilder.Entity<InboxRecord>(b =>
        {
            b.ToTable("InboxRecords");
            b.HasKey(x => new { x.EventId, x.Consumer });
            b.Property(x => x.Consumer).HasMaxLength(300);
        });
        modelBuilder.Entity<OperationLogEntry>(b =>
        {
            b.ToTable("OperationLog");
            b.HasKey(x => x.Id);
            b.Property(x => x.Operation).HasMaxLength(100).IsRequired();
            b.Property(x => x.EntityType).HasMaxLength(100).IsRequired();
            b.Property(x => x.EntityId).HasMaxLength(100).IsRequired();
            b.Property(x => x.ChangesJson).IsRequired();
            b.HasIndex(x => new { x.EntityType, x.EntityId, x.At });
            b.HasIndex(x => x.At);
        });
        return modelBuilder;
    }

    /// <summary>Entities that people edit at once carry a Version concurrency token (works on SQLite and SQL Server alike).</summary>
    public static ModelBuilder ApplyVersioningConvention(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
        return modelBuilder;
    }

    public static ModelConfigurationBuilder ApplyKernelConventions(this ModelConfigurationBuilder builder)
    {
        builder.Properties<NodaTime.Instant>().HaveConversion<InstantConverter>();
        builder.Properties<NodaTime.LocalDate>().HaveConversion<LocalDateConverter>();
        builder.Properties<NodaTime.LocalTime>().HaveConversion<LocalTimeConverter>();
        builder.Properties<NodaTime.Duration>().HaveConversion<DurationConverter>();
        builder.Properties<decimal>().HavePrecision(18, 4);
        return builder;
    }
}
