using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class CustomerGradeConfiguration : IEntityTypeConfiguration<CustomerGrade>
{
    public void Configure(EntityTypeBuilder<CustomerGrade> b)
    {
        b.ToTable("CustomerGrades");
        b.HasKey(x => x.CustomerId);
        b.Property(x => x.CustomerId).ValueGeneratedNever();
        b.Property(x => x.Grade).HasMaxLength(2).IsRequired();
        b.Property(x => x.PreviousGrade).HasMaxLength(2);
        b.Property(x => x.Score).HasPrecision(5, 1);
        b.Property(x => x.Factors).HasMaxLength(1000).IsRequired();
        b.HasIndex(x => x.Grade);
    }
}
