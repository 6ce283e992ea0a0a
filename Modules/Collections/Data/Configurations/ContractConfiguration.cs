using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> b)
    {
        b.ToTable("Contracts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Number).HasMaxLength(Contract.NumberMaxLength).IsRequired();
        b.HasIndex(x => x.Number).IsUnique();
        // One contract per accepted quote, whatever the inbox does.
        b.HasIndex(x => x.QuoteId).IsUnique();
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Currency).HasMaxLength(3).IsRequired();
        b.Property(x => x.SourceVersion).HasMaxLength(20);
        b.Property(x => x.Terms).HasMaxLength(Contract.TermsMaxLength);
        b.HasIndex(x => new { x.OwnerId, x.SignedOn });
        b.HasIndex(x => x.CustomerId);
        b.HasIndex(x => x.DealId);
        b.HasMany(x => x.Milestones).WithOne().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(x => x.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Collected);
        b.Ignore(x => x.AllPaid);
    }
}
