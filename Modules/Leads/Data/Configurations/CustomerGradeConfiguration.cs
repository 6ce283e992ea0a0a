using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class CustomerGradeConfiguration : IEntityTypeConfiguration<CustomerGrade>
{
    public void Configure(EntityTypeBuilder<CustomerGrade> b)
    {
        b.ToTable("CustomerGrades");
        b.HasKey(x => x.CustomerId);
        b.Property(x => x.Grade).HasMaxLength(5);
        b.Property(x => x.Score).HasPrecision(9, 2);
        b.Property(x => x.Factors).HasMaxLength(1000);
        b.Ignore(x => x.FactorList);
        b.HasIndex(x => x.Grade);
    }
}
