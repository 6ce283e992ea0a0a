using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class RouteSettingsConfiguration : IEntityTypeConfiguration<RouteSettings>
{
    public void Configure(EntityTypeBuilder<RouteSettings> b)
    {
        b.ToTable("RouteSettings");
        b.HasKey(x => x.Id);
        b.Property(x => x.TechnicalTags).HasMaxLength(RouteSettings.MaxTagsLength);
        b.Ignore(x => x.Route);
        b.Ignore(x => x.Deviation);
    }
}
