using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class QuoteVersionConfiguration : IEntityTypeConfiguration<QuoteVersion>
{
    public void Configure(EntityTypeBuilder<QuoteVersion> b)
    {
        b.ToTable("QuoteVersions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Label).HasMaxLength(20).IsRequired();
        b.Property(x => x.Terms).HasMaxLength(4000);
        b.Property(x => x.ChangeNote).HasMaxLength(500);
        b.HasIndex(x => new { x.QuoteId, x.Major, x.Minor }).IsUnique();
        b.Ignore(x => x.VersionLabel);
        b.Ignore(x => x.Lines);
        b.Ignore(x => x.Schedule);
        b.Ignore(x => x.Totals);
    }
}
