using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class QuoteTrackConfiguration : IEntityTypeConfiguration<QuoteTrack>
{
    public void Configure(EntityTypeBuilder<QuoteTrack> b)
    {
        b.ToTable("QuoteTracks");
        b.HasKey(x => x.QuoteId);
        b.Property(x => x.QuoteId).ValueGeneratedNever();
        b.Property(x => x.Version).HasMaxLength(20).IsRequired();
        b.Property(x => x.BreachedSteps).HasMaxLength(500).IsRequired();
        b.HasIndex(x => new { x.DealId, x.ApprovedAt });
        b.HasIndex(x => new { x.ApprovedAt, x.TeamId, x.OwnerId });
    }
}
