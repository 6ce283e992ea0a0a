using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Data.Configurations;

internal sealed class HqStampConfiguration : IEntityTypeConfiguration<HqStamp>
{
    public void Configure(EntityTypeBuilder<HqStamp> b)
    {
        b.ToTable("HqStamps");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(HqStamp.MaxName);
        b.HasData(new { HqStamp.Initial.Name, HqStamp.Initial.Value });
    }
}
