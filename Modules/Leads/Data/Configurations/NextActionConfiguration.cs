using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class NextActionConfiguration : IEntityTypeConfiguration<NextAction>
{
    public void Configure(EntityTypeBuilder<NextAction> b)
    {
        b.ToTable("NextActions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).HasMaxLength(200).IsRequired();
        b.Ignore(x => x.IsOpen);
        b.HasIndex(x => new { x.OwnerId, x.DoneAt });
        b.HasIndex(x => new { x.DoneAt, x.Due });
        b.HasIndex(x => new { x.CustomerId, x.DoneAt, x.Due });
    }
}
