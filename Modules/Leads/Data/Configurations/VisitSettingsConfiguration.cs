using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class VisitSettingsConfiguration : IEntityTypeConfiguration<VisitSettings>
{
    public void Configure(EntityTypeBuilder<VisitSettings> b)
    {
        b.ToTable("VisitSettings");
        b.HasKey(x => x.Id);
        b.Ignore(x => x.ConfirmWithin);
    }
}
