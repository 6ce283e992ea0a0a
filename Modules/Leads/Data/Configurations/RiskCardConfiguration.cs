using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class RiskCardConfiguration : IEntityTypeConfiguration<RiskCard>
{
    public void Configure(EntityTypeBuilder<RiskCard> b)
    {
        b.ToTable("RiskCards");
        b.HasKey(x => x.Id);
        b.Property(x => x.ObstacleTags).HasMaxLength(500);
        b.Property(x => x.Summary).HasMaxLength(FollowUp.MaxSummary);
        b.Property(x => x.Note).HasMaxLength(RiskCard.MaxNote);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.Obstacles);
        b.HasIndex(x => x.FollowUpId).IsUnique();
        b.HasIndex(x => new { x.ClosedAt, x.RaisedAt });
    }
}
