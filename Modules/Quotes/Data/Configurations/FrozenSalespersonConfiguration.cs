using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class FrozenSalespersonConfiguration : IEntityTypeConfiguration<FrozenSalesperson>
{
    public void Configure(EntityTypeBuilder<FrozenSalesperson> b)
    {
        b.ToTable("FrozenSalespeople");
        b.HasKey(x => x.UserId);
        b.Property(x => x.UserId).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(300);
    }
}
