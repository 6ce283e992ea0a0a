using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> b)
    {
        b.ToTable("Timeline");
        b.HasKey(x => x.Id);
        b.Property(x => x.TextKey).HasMaxLength(100).IsRequired();
        b.Property(x => x.Arguments).HasMaxLength(1000);
        b.Property(x => x.Link).HasMaxLength(TimelineEntry.MaxLink);
        b.HasIndex(x => new { x.CustomerId, x.At });
    }
}
