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
        // "My leads" (keyset pages, LeadListQueries) reads each owner's (or everyone's) leads of one status in claim or
        // deadline order, so every page is an index seek whatever the planner's statistics say; the filters ride along
        // to be checked in the index, not the table. The (OwnerId, Status) and (Status, ReleaseDeadline) prefixes serve
        // the claim limit and the auto-release; (Status, Source) the tab counts.
        b.HasIndex(x => new { x.OwnerId, x.Status, x.ReleaseDeadline, x.ClaimedAt, x.Id, x.Source });
        b.HasIndex(x => new { x.Status, x.ReleaseDeadline, x.ClaimedAt, x.Id, x.Source });
        b.HasIndex(x => new { x.Status, x.ClaimedAt, x.Id, x.Source, x.OwnerId });
        b.HasIndex(x => new { x.Status, x.Source, x.ClaimedAt, x.Id, x.ReleaseDeadline });
    }
}
