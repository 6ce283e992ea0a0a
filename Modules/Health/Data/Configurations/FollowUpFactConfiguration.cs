using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class FollowUpFactConfiguration : IEntityTypeConfiguration<FollowUpFact>
{
    public void Configure(EntityTypeBuilder<FollowUpFact> b)
    {
        b.ToTable("FollowUpFacts");
        b.HasKey(x => x.FollowUpId);
        b.Property(x => x.FollowUpId).ValueGeneratedNever();
        b.Property(x => x.Objective).HasMaxLength(50).IsRequired();
        b.HasIndex(x => new { x.Week, x.TeamId, x.OwnerId, x.Objective, x.Tagged, x.NoObstacle, x.IntervalHours });
        b.HasIndex(x => new { x.OwnerId, x.Day });
        b.HasIndex(x => new { x.CustomerId, x.OwnerId });
    }
}
