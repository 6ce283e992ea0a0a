using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class AllocationEntryConfiguration : IEntityTypeConfiguration<AllocationEntry>
{
    public void Configure(EntityTypeBuilder<AllocationEntry> b)
    {
        b.ToTable("Allocations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.Industry).HasMaxLength(50);
        b.Property(x => x.ScoresJson).IsRequired();
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.ToUserId, x.At });
    }
}
