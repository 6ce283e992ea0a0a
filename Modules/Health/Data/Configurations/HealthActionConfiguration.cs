using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class HealthActionConfiguration : IEntityTypeConfiguration<HealthAction>
{
    public void Configure(EntityTypeBuilder<HealthAction> b)
    {
        b.ToTable("Actions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Rule).HasMaxLength(50).IsRequired();
        b.Property(x => x.Explanation).HasMaxLength(1000).IsRequired();
        b.Property(x => x.Evidence).IsRequired();
        b.Property(x => x.EndReason).HasMaxLength(HealthAction.MaxReason);
        b.HasIndex(x => new { x.EndedAt, x.Kind, x.UserId });
        b.HasIndex(x => new { x.Rule, x.UserId, x.StartedAt });
    }
}
