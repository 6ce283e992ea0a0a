using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class QuoteViewConfiguration : IEntityTypeConfiguration<QuoteView>
{
    public void Configure(EntityTypeBuilder<QuoteView> b)
    {
        b.ToTable("QuoteViews");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.SessionId).HasMaxLength(64);
        b.Property(x => x.VersionLabel).HasMaxLength(20);
        b.Property(x => x.ClientKey).HasMaxLength(64);
        b.HasIndex(x => new { x.QuoteId, x.SessionId }).IsUnique();
        b.HasIndex(x => new { x.QuoteId, x.ClientKey, x.LastAt });
    }
}
