using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class StageFieldConfiguration : IEntityTypeConfiguration<StageField>
{
    public void Configure(EntityTypeBuilder<StageField> b)
    {
        b.ToTable("StageFields");
        b.HasKey(x => x.Id);
        b.Property(x => x.Label).HasMaxLength(100).IsRequired();
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Options).HasMaxLength(1000);
        b.Ignore(x => x.Choices);
    }
}
