using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class IndicatorThresholdConfiguration : IEntityTypeConfiguration<IndicatorThreshold>
{
    public void Configure(EntityTypeBuilder<IndicatorThreshold> b)
    {
        b.ToTable("IndicatorThresholds");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(50);
    }
}
