using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class MilestoneEscalationConfiguration : IEntityTypeConfiguration<MilestoneEscalation>
{
    public void Configure(EntityTypeBuilder<MilestoneEscalation> b)
    {
        b.ToTable("MilestoneEscalations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasMaxLength(30).IsRequired();
        b.Property(x => x.ToRole).HasMaxLength(50);
        b.HasIndex(x => x.ReceivableId);
    }
}
