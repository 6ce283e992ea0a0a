using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class ScheduleChangeConfiguration : IEntityTypeConfiguration<ScheduleChange>
{
    public void Configure(EntityTypeBuilder<ScheduleChange> b)
    {
        b.ToTable("ScheduleChanges");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasMaxLength(20).IsRequired();
        b.Property(x => x.Reason).HasMaxLength(Contract.ReasonMaxLength).IsRequired();
        b.Property(x => x.Detail).HasMaxLength(ScheduleChange.DetailMaxLength).IsRequired();
        b.HasIndex(x => new { x.ContractId, x.Revision });
    }
}
