using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class LeadsSettingsConfiguration : IEntityTypeConfiguration<LeadsSettings>
{
    public void Configure(EntityTypeBuilder<LeadsSettings> b)
    {
        b.ToTable("Settings");
        b.HasKey(x => x.Id);
        b.Ignore(x => x.ClaimWindow);
        b.Ignore(x => x.EscalationAfter);
    }
}
