using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("Payments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.BankReference).HasMaxLength(Payment.ReferenceMaxLength).IsRequired();
        b.Property(x => x.ReferenceKey).HasMaxLength(Payment.ReferenceMaxLength).IsRequired();
        // Two people recording the same bank reference at the same moment: the database lets exactly one in.
        b.HasIndex(x => x.ReferenceKey).IsUnique();
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Currency).HasMaxLength(3).IsRequired();
        b.Property(x => x.Payer).HasMaxLength(Payment.PayerMaxLength);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.ReversalReason).HasMaxLength(Payment.ReasonMaxLength);
        b.HasIndex(x => new { x.CustomerId, x.PaidOn });
        b.HasIndex(x => x.PaidOn);
        b.HasMany(x => x.Allocations).WithOne().HasForeignKey(a => a.PaymentId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(x => x.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.IsActive);
        b.Ignore(x => x.Allocated);
        b.Ignore(x => x.Unallocated);
    }
}
