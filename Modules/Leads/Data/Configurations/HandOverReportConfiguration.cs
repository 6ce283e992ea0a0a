using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class HandOverReportConfiguration : IEntityTypeConfiguration<HandOverReport>
{
    public void Configure(EntityTypeBuilder<HandOverReport> b)
    {
        b.ToTable("HandOvers");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.At);
    }
}
