using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class CustomerFieldValueConfiguration : IEntityTypeConfiguration<CustomerFieldValue>
{
    public void Configure(EntityTypeBuilder<CustomerFieldValue> b)
    {
        b.ToTable("CustomerFieldValues");
        b.HasKey(x => new { x.CustomerId, x.FieldId });
        b.Property(x => x.Value).HasMaxLength(CustomerFieldValue.MaxValue).IsRequired();
    }
}
