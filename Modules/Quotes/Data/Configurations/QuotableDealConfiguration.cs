using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class QuotableDealConfiguration : IEntityTypeConfiguration<QuotableDeal>
{
    public void Configure(EntityTypeBuilder<QuotableDeal> b)
    {
        b.ToTable("Deals");
        b.HasKey(x => x.DealId);
        b.Property(x => x.DealId).ValueGeneratedNever();
        b.Property(x => x.CustomerCode).HasMaxLength(50);
        b.Property(x => x.CustomerName).HasMaxLength(200);
        b.Property(x => x.CustomerType).HasMaxLength(50);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Stage).HasMaxLength(50);
        b.Property(x => x.Reason).HasMaxLength(300);
        b.HasIndex(x => x.OwnerId);
        b.HasIndex(x => x.CustomerId);
    }
}
