using Microsoft.EntityFrameworkCore;
using SalesSuite.Collections.Domain;
using SalesSuite.Collections.Domain.Commissions;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Collections.Data;

internal sealed class CollectionsDbContext(DbContextOptions<CollectionsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "collections";

    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<Receivable> Receivables => Set<Receivable>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentAllocation> Allocations => Set<PaymentAllocation>();
    public DbSet<CustomerAccount> Customers => Set<CustomerAccount>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<OverdueReason> OverdueReasons => Set<OverdueReason>();
    public DbSet<ReceivableTask> Tasks => Set<ReceivableTask>();
    public DbSet<MilestoneEscalation> Escalations => Set<MilestoneEscalation>();
    public DbSet<CollectionsSettings> Settings => Set<CollectionsSettings>();
    public DbSet<ScheduleChange> ScheduleChanges => Set<ScheduleChange>();
    public DbSet<ContractLine> ContractLines => Set<ContractLine>();
    public DbSet<CommissionRule> CommissionRules => Set<CommissionRule>();
    public DbSet<CommissionStatement> CommissionStatements => Set<CommissionStatement>();
    public DbSet<CommissionLine> CommissionLines => Set<CommissionLine>();

    /// <summary>Every save stamps the receivables when it changes one (<see cref="ReceivableChanges"/>).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ReceivableChanges.Stamp(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ReceivableChanges.Stamp(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
