using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class OverdueReasonConfiguration : IEntityTypeConfiguration<OverdueReason>
{
    public void Configure(EntityTypeBuilder<OverdueReason> b)
    {
        b.ToTable("OverdueReasons");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(OverdueReason.NameMaxLength).IsRequired();
        b.HasIndex(x => x.Name).IsUnique();
        // The playbook is part of the reason: one JSON column, replaced as a whole.
        b.OwnsMany(x => x.Steps, s =>
        {
            s.ToJson();
            s.Property(p => p.Text).HasMaxLength(PlaybookStep.TextMaxLength);
            s.Property(p => p.LinkOrTemplate).HasMaxLength(PlaybookStep.LinkMaxLength);
        });
        b.Navigation(x => x.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
