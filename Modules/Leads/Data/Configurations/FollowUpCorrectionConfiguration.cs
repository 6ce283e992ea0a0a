using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class FollowUpCorrectionConfiguration : IEntityTypeConfiguration<FollowUpCorrection>
{
    public void Configure(EntityTypeBuilder<FollowUpCorrection> b)
    {
        b.ToTable("FollowUpCorrections");
        b.HasKey(x => x.Id);
        b.Property(x => x.Fields).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(FollowUpCorrection.MaxReason);
        b.Property(x => x.OldObjective).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.OldSummary).HasMaxLength(FollowUp.MaxSummary);
        b.Property(x => x.OldObstacleTags).HasMaxLength(500);
        b.Ignore(x => x.FieldList);
        b.HasIndex(x => x.FollowUpId);
    }
}
