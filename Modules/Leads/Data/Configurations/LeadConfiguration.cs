using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> b)
    {
        b.ToTable("Leads");
        b.HasKey(x => x.Id);
        b.Property(x => x.ContactName).HasMaxLength(100).IsRequired();
        b.Property(x => x.Company).HasMaxLength(200).IsRequired();
        b.Property(x => x.Phone).HasMaxLength(40).IsRequired();
        b.Property(x => x.Source).HasMaxLength(50).IsRequired();
        b.Property(x => x.Industry).HasMaxLength(50);
        b.Property(x => x.BudgetBand).HasMaxLength(50);
        b.Property(x => x.NeedType).HasMaxLength(50);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Ignore(x => x.Tags);
        b.Ignore(x => x.Details);
        b.Property(x => x.CreditCode).HasMaxLength(30);
        b.HasIndex(x => new { x.Status, x.CreatedAt });
        b.HasIndex(x => new { x.OwnerId, x.Status });
        b.HasIndex(x => new { x.Status, x.ReleaseDeadline });
        // "My leads" (keyset pages, LeadListQueries): one person's or a team's leads in claim order, everyone's in claim
        // order (those who see all), and the tab counts per status and source. Status and Source ride along so the
        // filters are checked in the index, not the table.
        b.HasIndex(x => new { x.OwnerId, x.ClaimedAt, x.Id, x.Status, x.Source });
        b.HasIndex(x => new { x.ClaimedAt, x.Id, x.Status, x.Source, x.OwnerId });
        b.HasIndex(x => new { x.Status, x.Source });
    }
}
