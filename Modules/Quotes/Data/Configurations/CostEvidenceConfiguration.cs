using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class CostEvidenceConfiguration : IEntityTypeConfiguration<CostEvidence>
{
    public void Configure(EntityTypeBuilder<CostEvidence> b)
    {
        b.ToTable("CostEvidence");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.FileName).HasMaxLength(100);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StorageKey).HasMaxLength(200);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasIndex(x => x.QuoteId);
    }
}
