using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class HealthSettingsConfiguration : IEntityTypeConfiguration<HealthSettings>
{
    public void Configure(EntityTypeBuilder<HealthSettings> b)
    {
        b.ToTable("Settings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.NoObstacleTag).HasMaxLength(50).IsRequired();
        b.Property(x => x.CompetitorWords).HasMaxLength(200).IsRequired();
        b.Ignore(x => x.CompetitorWordList);
    }
}
