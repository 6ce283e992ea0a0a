using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class ReceivableTaskConfiguration : IEntityTypeConfiguration<ReceivableTask>
{
    public void Configure(EntityTypeBuilder<ReceivableTask> b)
    {
        b.ToTable("ReceivableTasks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(PlaybookStep.TextMaxLength).IsRequired();
        b.Property(x => x.ResponsibleRole).HasMaxLength(50).IsRequired();
        b.Property(x => x.LinkOrTemplate).HasMaxLength(PlaybookStep.LinkMaxLength);
        b.HasIndex(x => new { x.ReceivableId, x.Order });
        b.HasIndex(x => new { x.ResponsibleRole, x.DueOn });
        b.Ignore(x => x.IsOpen);
    }
}
