using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class CustomerTypeOptionConfiguration : IEntityTypeConfiguration<CustomerTypeOption>
{
    public void Configure(EntityTypeBuilder<CustomerTypeOption> b)
    {
        b.ToTable("CustomerTypeOptions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(CustomerTypeOption.MaxCode).IsRequired();
        b.Property(x => x.Name).HasMaxLength(CustomerTypeOption.MaxName);
        b.HasIndex(x => x.Code).IsUnique();
    }
}
