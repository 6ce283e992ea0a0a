using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class StepSampleConfiguration : IEntityTypeConfiguration<StepSample>
{
    public void Configure(EntityTypeBuilder<StepSample> b)
    {
        b.ToTable("StepSamples");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Step).HasMaxLength(100).IsRequired();
        b.Property(x => x.RecordType).HasMaxLength(20).IsRequired();
        b.Property(x => x.Label).HasMaxLength(200).IsRequired();
        b.Ignore(x => x.Record);
        // Heatmap and dwell read a period of weeks grouped by step and owner / team: covered by these.
        b.HasIndex(x => new { x.Week, x.Kind, x.Step, x.TeamId, x.OwnerId, x.DurationHours, x.DelayHours, x.Skipped, x.Breached });
        b.HasIndex(x => new { x.Kind, x.Step, x.Week });
        b.HasIndex(x => x.RecordId);
    }
}
