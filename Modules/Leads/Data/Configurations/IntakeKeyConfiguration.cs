using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class IntakeKeyConfiguration : IEntityTypeConfiguration<IntakeKey>
{
    public void Configure(EntityTypeBuilder<IntakeKey> b)
    {
        b.ToTable("IntakeKeys");
        b.HasKey(x => x.Id);
        b.Property(x => x.Source).HasMaxLength(50).IsRequired();
        b.Property(x => x.KeyHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.Prefix).HasMaxLength(12).IsRequired();
        b.HasIndex(x => x.KeyHash).IsUnique();
    }
}
