using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("FollowUps");
        b.HasKey(x => x.Id);
        b.Property(x => x.Objective).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Summary).HasMaxLength(FollowUp.MaxSummary).IsRequired();
        b.Property(x => x.ObstacleTags).HasMaxLength(500);
        b.Property(x => x.Location).HasMaxLength(200);
        b.Ignore(x => x.Obstacles);
        b.Ignore(x => x.HasPosition);
        b.Property(x => x.VoiceKey).HasMaxLength(200);
        b.Property(x => x.VoiceType).HasMaxLength(50);
        b.HasIndex(x => new { x.AwaitsConfirmation, x.ConfirmedAt });
        b.HasIndex(x => new { x.CustomerId, x.At });
        b.HasIndex(x => x.OwnerId);
    }
}
