using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class AssignmentRuleConfiguration : IEntityTypeConfiguration<AssignmentRule>
{
    public void Configure(EntityTypeBuilder<AssignmentRule> b)
    {
        b.ToTable("AssignmentRules");
        b.HasKey(x => x.Id);
        b.Property(x => x.Source).HasMaxLength(50).IsRequired();
        b.HasIndex(x => x.Source).IsUnique();
        b.Ignore(x => x.Weights);
    }
}
