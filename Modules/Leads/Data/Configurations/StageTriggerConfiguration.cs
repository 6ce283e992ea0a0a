using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class StageTriggerConfiguration : IEntityTypeConfiguration<StageTrigger>
{
    public void Configure(EntityTypeBuilder<StageTrigger> b)
    {
        b.ToTable("StageTriggers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Moment).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Roles).HasMaxLength(StageTrigger.MaxList).IsRequired();
        b.Property(x => x.UserIds).HasMaxLength(StageTrigger.MaxList).IsRequired();
        b.Property(x => x.FieldIds).HasMaxLength(StageTrigger.MaxList).IsRequired();
        b.Ignore(x => x.RoleList);
        b.Ignore(x => x.UserList);
        b.Ignore(x => x.FieldList);
        b.HasIndex(x => x.StageId);
    }
}
