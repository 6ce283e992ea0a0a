using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class TagOptionConfiguration : IEntityTypeConfiguration<TagOption>
{
    public void Configure(EntityTypeBuilder<TagOption> b)
    {
        b.ToTable("TagOptions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Value).HasMaxLength(50).IsRequired();
        b.HasIndex(x => new { x.Category, x.Value }).IsUnique();
    }
}
