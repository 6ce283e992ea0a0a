using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;
using SalesSuite.Collections.Domain.Commissions;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class CommissionLineConfiguration : IEntityTypeConfiguration<CommissionLine>
{
    public void Configure(EntityTypeBuilder<CommissionLine> b)
    {
        b.ToTable("CommissionLines");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.ContractNumber).HasMaxLength(Contract.NumberMaxLength).IsRequired();
        b.Property(x => x.Milestone).HasMaxLength(Receivable.TitleMaxLength).IsRequired();
        b.Property(x => x.BankReference).HasMaxLength(Payment.ReferenceMaxLength).IsRequired();
        b.Property(x => x.CustomerName).HasMaxLength(200);
        b.Property(x => x.CustomerType).HasMaxLength(50);
        b.Property(x => x.ProductLine).HasMaxLength(ContractLine.ProductLineMaxLength);
        b.Property(x => x.RuleLabel).HasMaxLength(2 * CommissionRule.KeyMaxLength + 10);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Commission).HasPrecision(18, 2);
        b.HasIndex(x => new { x.StatementId, x.Order });
        b.HasIndex(x => x.AllocationId);
        b.HasIndex(x => x.ClawbackOfLineId);
        // How the line's amount fell into the tier bands: kept with the line, so an approved statement explains itself.
        b.OwnsMany(x => x.Bands, t =>
        {
            t.ToJson();
            t.Property(p => p.From).HasPrecision(18, 2);
            t.Property(p => p.To).HasPrecision(18, 2);
            t.Property(p => p.RatePercent).HasPrecision(9, 4);
            t.Property(p => p.Amount).HasPrecision(18, 2);
        });
        b.Navigation(x => x.Bands).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
