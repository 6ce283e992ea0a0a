using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class DealStageChangeConfiguration : IEntityTypeConfiguration<DealStageChange>
{
    public void Configure(EntityTypeBuilder<DealStageChange> b)
    {
        b.ToTable("DealStageChanges");
        b.HasKey(x => x.Id);
        b.Property(x => x.FromStage).HasMaxLength(100);
        b.Property(x => x.ToStage).HasMaxLength(100);
        b.HasIndex(x => new { x.CustomerId, x.At });
        b.HasIndex(x => x.DealId);
    }
}
