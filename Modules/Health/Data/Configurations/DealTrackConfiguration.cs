using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class DealTrackConfiguration : IEntityTypeConfiguration<DealTrack>
{
    public void Configure(EntityTypeBuilder<DealTrack> b)
    {
        b.ToTable("DealTracks");
        b.HasKey(x => x.DealId);
        b.Property(x => x.DealId).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Stage).HasMaxLength(100).IsRequired();
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(10);
        b.Ignore(x => x.Record);
        b.HasIndex(x => new { x.OpenedAt, x.TeamId, x.OwnerId });
        b.HasIndex(x => new { x.State, x.Stage });
        b.HasIndex(x => x.LeadId);
        b.HasIndex(x => x.CustomerId);
    }
}
