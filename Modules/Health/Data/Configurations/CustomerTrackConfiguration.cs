using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class CustomerTrackConfiguration : IEntityTypeConfiguration<CustomerTrack>
{
    public void Configure(EntityTypeBuilder<CustomerTrack> b)
    {
        b.ToTable("CustomerTracks");
        b.HasKey(x => x.CustomerId);
        b.Property(x => x.CustomerId).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(50).IsRequired();
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.CustomerType).HasMaxLength(50);
        b.Property(x => x.Tier).HasMaxLength(50);
        b.Property(x => x.MissingFields).HasMaxLength(500).IsRequired();
        b.Ignore(x => x.Record);
        b.HasIndex(x => new { x.TeamId, x.OwnerId });
    }
}
