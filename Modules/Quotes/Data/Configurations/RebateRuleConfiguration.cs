using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class RebateRuleConfiguration : IEntityTypeConfiguration<RebateRule>
{
    public void Configure(EntityTypeBuilder<RebateRule> b)
    {
        b.ToTable("RebateRules");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.CustomerType).HasMaxLength(50);
        b.Property(x => x.ProductCode).HasMaxLength(50);
        b.Property(x => x.RequiredDocuments).HasMaxLength(500);
        b.Ignore(x => x.Specificity);
    }
}
