using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Goals.Domain;
using SalesSuite.Goals.Domain.Campaigns;

namespace SalesSuite.Goals.Data.Configurations;

/// <summary>A campaign is one row; its customers, scripts, materials and steps are JSON columns saved with it (all or nothing).</summary>
internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("Campaigns");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(Campaign.NameMaxLength).IsRequired();
        b.Property(x => x.Goal).HasMaxLength(Campaign.GoalMaxLength);
        b.Property(x => x.TeamName).HasMaxLength(Campaign.NameMaxLength).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => new { x.TeamId, x.Status });
        b.OwnsMany(x => x.Customers, c =>
        {
            c.ToJson();
            c.Property(p => p.Name).HasMaxLength(GoalCustomer.NameMaxLength);
        });
        b.OwnsMany(x => x.Scripts, s => s.ToJson());
        b.OwnsMany(x => x.Materials, m => m.ToJson());
        b.OwnsMany(x => x.Steps, s => s.ToJson());
        b.Navigation(x => x.Customers).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Scripts).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Materials).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
