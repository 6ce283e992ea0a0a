using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Quotes.Domain.Offer;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class InstalmentPlanSettingsConfiguration : IEntityTypeConfiguration<InstalmentPlanSettings>
{
    public void Configure(EntityTypeBuilder<InstalmentPlanSettings> b)
    {
        b.ToTable("InstalmentPlans");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.Plans);
        b.Property(x => x.PlansJson).HasMaxLength(4000);
    }
}
