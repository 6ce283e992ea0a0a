using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class ReceivableConfiguration : IEntityTypeConfiguration<Receivable>
{
    public void Configure(EntityTypeBuilder<Receivable> b)
    {
        b.ToTable("Receivables");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(Receivable.TitleMaxLength).IsRequired();
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Currency).HasMaxLength(3).IsRequired();
        b.Property(x => x.SourceVersion).HasMaxLength(20);
        b.HasIndex(x => new { x.OwnerId, x.CreatedAt });
        b.HasIndex(x => new { x.QuoteId, x.Sequence });
    }
}
