using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class ProfileFieldConfiguration : IEntityTypeConfiguration<ProfileField>
{
    public void Configure(EntityTypeBuilder<ProfileField> b)
    {
        b.ToTable("ProfileFields");
        b.HasKey(x => x.Id);
        b.Property(x => x.Label).HasMaxLength(StageField.MaxLabel).IsRequired();
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Options).HasMaxLength(StageField.MaxOptions);
        b.Ignore(x => x.Choices);
        b.Ignore(x => x.Code);
    }
}
