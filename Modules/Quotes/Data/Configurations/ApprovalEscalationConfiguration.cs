using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class ApprovalEscalationConfiguration : IEntityTypeConfiguration<ApprovalEscalation>
{
    public void Configure(EntityTypeBuilder<ApprovalEscalation> b)
    {
        b.ToTable("Escalations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.AssigneeRole).HasMaxLength(50);
        // Once per level and person: a second tick cannot create the same to-do again.
        b.HasIndex(x => new { x.StepId, x.Level, x.AssigneeUserId }).IsUnique();
        b.HasIndex(x => x.AssigneeUserId);
        b.HasIndex(x => x.AssigneeRole);
    }
}
