using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class PausedSalespersonConfiguration : IEntityTypeConfiguration<PausedSalesperson>
{
    public void Configure(EntityTypeBuilder<PausedSalesperson> b)
    {
        b.ToTable("PausedSalespeople");
        b.HasKey(x => x.UserId);
        b.Property(x => x.Reason).HasMaxLength(500);
    }
}
