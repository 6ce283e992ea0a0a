using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> b)
    {
        b.ToTable("Quotes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Number).HasMaxLength(30).IsRequired();
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.CustomerCode).HasMaxLength(50);
        b.Property(x => x.CustomerName).HasMaxLength(200);
        b.Property(x => x.CustomerType).HasMaxLength(50);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Terms).HasMaxLength(4000);
        b.Property(x => x.Tags).HasMaxLength(300);
        b.Property(x => x.PublicToken).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.PublicToken).IsUnique();
        b.Property(x => x.CurrentVersionLabel).HasMaxLength(20);
        b.Property(x => x.AcceptedByName).HasMaxLength(100);
        b.Property(x => x.CreditExposure).HasPrecision(18, 2);
        b.Property(x => x.CreditAmount).HasPrecision(18, 2);
        b.Property(x => x.CreditLimit).HasPrecision(18, 2);
        b.Ignore(x => x.CreditWarning);
        b.HasIndex(x => new { x.OwnerId, x.Status });
        // The list's keyset orders (ADR 0013, /Quotes): each sort key ends on the unique number, with and without the
        // status filter, and per owner for the own / team scopes.
        b.HasIndex(x => new { x.UpdatedAt, x.Number });
        b.HasIndex(x => new { x.Status, x.UpdatedAt, x.Number });
        b.HasIndex(x => new { x.OwnerId, x.UpdatedAt, x.Number });
        b.HasIndex(x => new { x.ValidUntil, x.Number });
        b.HasIndex(x => new { x.Status, x.ValidUntil, x.Number });
        b.HasIndex(x => x.DealId);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.QuoteId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.QuoteId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Lines);
        b.Ignore(x => x.Schedule);
        b.Ignore(x => x.Totals);
        b.Ignore(x => x.TagList);
        b.Ignore(x => x.LatestVersion);
        b.Ignore(x => x.ApprovedVersion);
        b.Ignore(x => x.ActiveStep);
        b.Ignore(x => x.CurrentRound);
        b.Ignore(x => x.IsEditable);
    }
}
