using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class HealthStampConfiguration : IEntityTypeConfiguration<HealthStamp>
{
    public void Configure(EntityTypeBuilder<HealthStamp> b)
    {
        b.ToTable("HealthStamps");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(HealthStamp.MaxName);
        b.HasData(new { HealthStamp.Initial.Name, HealthStamp.Initial.Value });
    }
}
