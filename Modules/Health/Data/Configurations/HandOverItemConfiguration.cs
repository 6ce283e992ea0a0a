using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class HandOverItemConfiguration : IEntityTypeConfiguration<HandOverItem>
{
    public void Configure(EntityTypeBuilder<HandOverItem> b)
    {
        b.ToTable("HandOverItems");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.CustomerId, x.ToUserId });
        b.HasIndex(x => new { x.Week, x.TeamId, x.ToUserId });
    }
}
