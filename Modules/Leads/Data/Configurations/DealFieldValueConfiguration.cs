using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class DealFieldValueConfiguration : IEntityTypeConfiguration<DealFieldValue>
{
    public void Configure(EntityTypeBuilder<DealFieldValue> b)
    {
        b.ToTable("DealFieldValues");
        b.HasKey(x => x.Id);
        b.Property(x => x.Value).HasMaxLength(500).IsRequired();
        b.HasIndex(x => new { x.DealId, x.FieldId }).IsUnique();
    }
}
