using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class StepTotalConfiguration : IEntityTypeConfiguration<StepTotal>
{
    public void Configure(EntityTypeBuilder<StepTotal> b)
    {
        b.ToTable("StepTotals");
        // Week first: every reader asks for the weeks of a period.
        b.HasKey(x => new { x.Week, x.Kind, x.Step, x.OwnerId, x.TeamId });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Step).HasMaxLength(100).IsRequired();
    }
}
