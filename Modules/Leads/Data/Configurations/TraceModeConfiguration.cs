using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class TraceModeConfiguration : IEntityTypeConfiguration<TraceMode>
{
    public void Configure(EntityTypeBuilder<TraceMode> b)
    {
        b.ToTable("TraceModes");
        b.HasKey(x => x.UserId);
        b.Property(x => x.Reason).HasMaxLength(TraceMode.MaxReason);
    }
}
