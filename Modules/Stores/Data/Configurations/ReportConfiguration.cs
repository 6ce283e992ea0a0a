using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Data.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> b)
    {
        b.ToTable("CheckIns");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.StoreId, x.Day });
    }
}

internal sealed class FenceRefusalLogConfiguration : IEntityTypeConfiguration<FenceRefusalLog>
{
    public void Configure(EntityTypeBuilder<FenceRefusalLog> b)
    {
        b.ToTable("Refusals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Action).HasMaxLength(20).IsRequired();
        b.Property(x => x.Reason).HasMaxLength(30).IsRequired();
        b.HasIndex(x => new { x.StoreId, x.Day });
    }
}

internal sealed class FenceExceptionConfiguration : IEntityTypeConfiguration<FenceException>
{
    public void Configure(EntityTypeBuilder<FenceException> b)
    {
        b.ToTable("Exceptions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(FenceException.ReasonMaxLength).IsRequired();
        b.HasIndex(x => new { x.StoreId, x.Day }).IsUnique();
    }
}

internal sealed class DailyReportConfiguration : IEntityTypeConfiguration<DailyReport>
{
    public void Configure(EntityTypeBuilder<DailyReport> b)
    {
        b.ToTable("Reports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // One report per store and business day; the form's idempotency key makes a retried submit the same report.
        b.HasIndex(x => new { x.StoreId, x.Day }).IsUnique();
        b.Property(x => x.IdempotencyKey).HasMaxLength(DailyReport.IdempotencyKeyMaxLength).IsRequired();
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
        b.HasIndex(x => x.Day);
        b.Property(x => x.Compliance).HasMaxLength(20).IsRequired();
        b.Property(x => x.CompetitorActivity).HasMaxLength(DailyReport.TextMaxLength);
        b.Property(x => x.Note).HasMaxLength(DailyReport.TextMaxLength);
        b.HasMany(x => x.Files).WithOne().HasForeignKey(x => x.ReportId);
        b.HasMany(x => x.Feedback).WithOne().HasForeignKey(x => x.ReportId);
        b.HasMany(x => x.Promotions).WithOne().HasForeignKey(x => x.ReportId);
        b.HasMany(x => x.Rollouts).WithOne().HasForeignKey(x => x.ReportId);
        b.Navigation(x => x.Files).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Feedback).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Promotions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Rollouts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class FeedbackEntryConfiguration : IEntityTypeConfiguration<FeedbackEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> b)
    {
        b.ToTable("Feedback");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.CategoryCode).HasMaxLength(FeedbackCategory.CodeMaxLength).IsRequired();
        b.Property(x => x.OptionCode).HasMaxLength(FeedbackCategory.CodeMaxLength).IsRequired();
        b.Property(x => x.Question).HasMaxLength(FeedbackEntry.QuestionMaxLength);
        b.HasIndex(x => new { x.Day, x.CategoryCode });
        b.HasIndex(x => new { x.StoreId, x.Day });
    }
}

internal sealed class PromotionExecutionConfiguration : IEntityTypeConfiguration<PromotionExecution>
{
    public void Configure(EntityTypeBuilder<PromotionExecution> b)
    {
        b.ToTable("PromotionExecutions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.PromotionId, x.Day });
        b.HasIndex(x => new { x.StoreId, x.Day });
        // Covers headquarters' execution-rate GROUP BY over a period (no table lookups).
        b.HasIndex(x => new { x.Day, x.StoreId, x.PromotionId, x.Executed, x.PhotoFileId });
    }
}

internal sealed class RolloutEntryConfiguration : IEntityTypeConfiguration<RolloutEntry>
{
    public void Configure(EntityTypeBuilder<RolloutEntry> b)
    {
        b.ToTable("Rollouts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Status).HasMaxLength(20).IsRequired();
        b.HasIndex(x => new { x.ProductId, x.Day });
        b.HasIndex(x => new { x.StoreId, x.Day });
    }
}

internal sealed class StoreFileConfiguration : IEntityTypeConfiguration<StoreFile>
{
    public void Configure(EntityTypeBuilder<StoreFile> b)
    {
        b.ToTable("Files");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasMaxLength(20).IsRequired();
        b.Property(x => x.StorageKey).HasMaxLength(200).IsRequired();
        b.Property(x => x.ThumbnailKey).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasIndex(x => new { x.StoreId, x.Day });
    }
}

internal sealed class StoreTaskConfiguration : IEntityTypeConfiguration<StoreTask>
{
    public void Configure(EntityTypeBuilder<StoreTask> b)
    {
        b.ToTable("Tasks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasMaxLength(20).IsRequired();
        b.Property(x => x.Title).HasMaxLength(StoreTask.TitleMaxLength).IsRequired();
        b.Property(x => x.Body).HasMaxLength(StoreTask.BodyMaxLength);
        b.Property(x => x.Link).HasMaxLength(FeedbackCategory.LinkMaxLength);
        b.HasIndex(x => new { x.StoreId, x.DoneAt });
        b.HasIndex(x => new { x.SourceId, x.StoreId }).IsUnique();
    }
}

internal sealed class IssueClusterConfiguration : IEntityTypeConfiguration<IssueCluster>
{
    public void Configure(EntityTypeBuilder<IssueCluster> b)
    {
        b.ToTable("Clusters");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.CategoryCode).HasMaxLength(FeedbackCategory.CodeMaxLength).IsRequired();
        // Raised once per category and business week: a second raise loses on this index.
        b.HasIndex(x => new { x.CategoryCode, x.WeekStart }).IsUnique();
        b.Property(x => x.ClosingNote).HasMaxLength(500);
    }
}

internal sealed class StoreFlagConfiguration : IEntityTypeConfiguration<StoreFlag>
{
    public void Configure(EntityTypeBuilder<StoreFlag> b)
    {
        b.ToTable("Flags");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.QuestionKey).HasMaxLength(StoreFlag.QuestionMaxLength).IsRequired();
        b.Property(x => x.Question).HasMaxLength(StoreFlag.QuestionMaxLength).IsRequired();
        b.Property(x => x.SupervisorNote).HasMaxLength(500);
        b.HasIndex(x => new { x.StoreId, x.QuestionKey, x.FirstDay }).IsUnique();
    }
}
