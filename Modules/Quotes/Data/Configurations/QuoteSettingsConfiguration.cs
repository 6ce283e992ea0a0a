using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class QuoteSettingsConfiguration : IEntityTypeConfiguration<QuoteSettings>
{
    public void Configure(EntityTypeBuilder<QuoteSettings> b)
    {
        b.ToTable("Settings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.Margin);
        b.Ignore(x => x.SecondLevelAfter);
        b.Ignore(x => x.SecondLevelRole);
        b.Property(x => x.EscalationSecondLevelRole).HasMaxLength(50);
    }
}
