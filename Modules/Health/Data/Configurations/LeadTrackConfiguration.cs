using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class LeadTrackConfiguration : IEntityTypeConfiguration<LeadTrack>
{
    public void Configure(EntityTypeBuilder<LeadTrack> b)
    {
        b.ToTable("LeadTracks");
        b.HasKey(x => x.LeadId);
        b.Property(x => x.LeadId).ValueGeneratedNever();
        b.Property(x => x.Source).HasMaxLength(100).IsRequired();
        b.HasIndex(x => new { x.AssignedAt, x.TeamId, x.OwnerId });
    }
}
