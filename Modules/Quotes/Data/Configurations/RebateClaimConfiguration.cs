using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class RebateClaimConfiguration : IEntityTypeConfiguration<RebateClaim>
{
    public void Configure(EntityTypeBuilder<RebateClaim> b)
    {
        b.ToTable("RebateClaims");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.CustomerType).HasMaxLength(TextLimits.RebateCode);
        b.Property(x => x.ProductCode).HasMaxLength(TextLimits.RebateCode);
        b.Property(x => x.Documents).HasMaxLength(TextLimits.RebateText);
        b.Property(x => x.Note).HasMaxLength(TextLimits.RebateText);
        b.Property(x => x.DecisionNote).HasMaxLength(TextLimits.RebateText);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.Status, x.RequestedAt });
        b.HasIndex(x => x.RequestedBy);
    }
}
