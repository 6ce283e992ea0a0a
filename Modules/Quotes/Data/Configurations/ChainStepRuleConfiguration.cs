using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class ChainStepRuleConfiguration : IEntityTypeConfiguration<ChainStepRule>
{
    public void Configure(EntityTypeBuilder<ChainStepRule> b)
    {
        b.ToTable("ChainSteps");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Role).HasMaxLength(50);
        b.Property(x => x.RequiredTag).HasMaxLength(50);
    }
}
