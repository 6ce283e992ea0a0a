using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class CustomerContactConfiguration : IEntityTypeConfiguration<CustomerContact>
{
    public void Configure(EntityTypeBuilder<CustomerContact> b)
    {
        b.ToTable("CustomerContacts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(CustomerContact.MaxName).IsRequired();
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Phone).HasMaxLength(CustomerContact.MaxPhone);
        b.Property(x => x.Email).HasMaxLength(CustomerContact.MaxEmail);
        b.Property(x => x.Title).HasMaxLength(CustomerContact.MaxTitle);
        b.HasIndex(x => x.CustomerId);
    }
}
