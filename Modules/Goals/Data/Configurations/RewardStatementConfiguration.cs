using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Goals.Domain;

namespace SalesSuite.Goals.Data.Configurations;

internal sealed class RewardStatementConfiguration : IEntityTypeConfiguration<RewardStatement>
{
    public void Configure(EntityTypeBuilder<RewardStatement> b)
    {
        b.ToTable("RewardStatements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // One statement per target.
        b.HasIndex(x => x.TargetId).IsUnique();
        b.HasIndex(x => new { x.PeriodKind, x.PeriodStart });
        b.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Metric).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ScopeName).HasMaxLength(Target.NameMaxLength).IsRequired();
        b.Property(x => x.TargetAmount).HasPrecision(18, 2);
        b.Property(x => x.Actual).HasPrecision(18, 2);
        b.Property(x => x.AboveTarget).HasPrecision(18, 2);
        b.Property(x => x.Pool).HasPrecision(18, 2);
        b.Property(x => x.Each).HasPrecision(18, 2);
        b.Property(x => x.SharePercent).HasPrecision(5, 2);
        b.Property(x => x.TopPercent).HasPrecision(5, 2);
        b.Ignore(x => x.Outcome);
        b.OwnsMany(x => x.Lines, l =>
        {
            l.ToJson();
            l.Property(p => p.Name).HasMaxLength(100);
            l.Property(p => p.Amount).HasPrecision(18, 2);
            l.Property(p => p.Reason).HasConversion<string>();
        });
        b.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
