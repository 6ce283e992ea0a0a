using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> b)
    {
        b.ToTable("Corrections");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.RecordType).HasMaxLength(20).IsRequired();
        b.HasIndex(x => new { x.OwnerId, x.Day });
        b.HasIndex(x => new { x.Week, x.TeamId, x.OwnerId });
    }
}
