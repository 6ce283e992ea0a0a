using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> b)
    {
        b.ToTable("Customers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(30).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.ContactName).HasMaxLength(100);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Source).HasMaxLength(50);
        b.Property(x => x.Industry).HasMaxLength(50);
        b.Property(x => x.CreditCode).HasMaxLength(30);
        b.Property(x => x.CustomerType).HasMaxLength(30);
        b.Property(x => x.Tier).HasMaxLength(30);
        b.Property(x => x.Address).HasMaxLength(ProfileLimits.Address);
        b.Property(x => x.DecisionMaker).HasMaxLength(ProfileLimits.Text);
        b.Property(x => x.BudgetBand).HasMaxLength(TagOption.MaxLength);
        b.Property(x => x.MainCompetitor).HasMaxLength(ProfileLimits.Text);
        b.Property(x => x.NormalizedPhone).HasMaxLength(40);
        b.Property(x => x.NormalizedName).HasMaxLength(200);
        b.HasIndex(x => x.NormalizedPhone);
        b.HasIndex(x => x.NormalizedName);
        b.HasIndex(x => x.CreditCode);
        b.HasIndex(x => x.OwnerId);
    }
}
