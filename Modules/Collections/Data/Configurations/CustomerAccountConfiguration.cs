using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class CustomerAccountConfiguration : IEntityTypeConfiguration<CustomerAccount>
{
    public void Configure(EntityTypeBuilder<CustomerAccount> b)
    {
        b.ToTable("CustomerAccounts");
        b.HasKey(x => x.CustomerId);
        b.Property(x => x.CustomerId).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(50).IsRequired();
        b.HasIndex(x => x.Code);
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.CustomerType).HasMaxLength(50);
        b.Property(x => x.CreditLimit).HasPrecision(18, 2);
        b.Property(x => x.Exposure).HasPrecision(18, 2);
        b.Property(x => x.UnscheduledExposure).HasPrecision(18, 2);
        b.HasIndex(x => x.OverLimit);
        b.Ignore(x => x.Available);
    }
}
