using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class CollectionsSettingsConfiguration : IEntityTypeConfiguration<CollectionsSettings>
{
    public void Configure(EntityTypeBuilder<CollectionsSettings> b)
    {
        b.ToTable("Settings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ReportEscalationRole).HasMaxLength(50).IsRequired();
        b.Property(x => x.ReportEscalationUserName).HasMaxLength(100);
        b.Property(x => x.ReceiptRequiredTypes).HasMaxLength(200).IsRequired();
    }
}
