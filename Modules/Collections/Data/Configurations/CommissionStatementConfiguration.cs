using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain.Commissions;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class CommissionStatementConfiguration : IEntityTypeConfiguration<CommissionStatement>
{
    public void Configure(EntityTypeBuilder<CommissionStatement> b)
    {
        b.ToTable("CommissionStatements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // One statement per salesperson and month, whoever generates it.
        b.HasIndex(x => new { x.UserId, x.PeriodStart }).IsUnique();
        b.HasIndex(x => new { x.PeriodStart, x.Status });
        b.Property(x => x.Currency).HasMaxLength(3).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Collected).HasPrecision(18, 2);
        b.Property(x => x.Total).HasPrecision(18, 2);
        // A draft's lines are replaced at every generation: the old ones go with it.
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.StatementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.IsApproved);
        b.Ignore(x => x.PeriodEnd);
    }
}
