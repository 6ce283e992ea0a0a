using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain.Commissions;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class CommissionRuleConfiguration : IEntityTypeConfiguration<CommissionRule>
{
    public void Configure(EntityTypeBuilder<CommissionRule> b)
    {
        b.ToTable("CommissionRules");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ProductLine).HasMaxLength(CommissionRule.KeyMaxLength);
        b.Property(x => x.CustomerType).HasMaxLength(CommissionRule.KeyMaxLength);
        b.Property(x => x.BaseRatePercent).HasPrecision(9, 4);
        // The tiers are part of the rule: one JSON column, replaced as a whole.
        b.OwnsMany(x => x.Tiers, t =>
        {
            t.ToJson();
            t.Property(p => p.From).HasPrecision(18, 2);
            t.Property(p => p.RatePercent).HasPrecision(9, 4);
        });
        b.Navigation(x => x.Tiers).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Label);
        b.Ignore(x => x.Specificity);
    }
}
