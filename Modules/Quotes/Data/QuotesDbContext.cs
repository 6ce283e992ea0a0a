using Microsoft.EntityFrameworkCore;
using SalesSuite.Quotes.Domain;
using SalesSuite.Quotes.Domain.Offer;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Data;

internal sealed class QuotesDbContext(DbContextOptions<QuotesDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "quotes";

    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<QuoteVersion> QuoteVersions => Set<QuoteVersion>();
    public DbSet<ApprovalStep> ApprovalSteps => Set<ApprovalStep>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ChainStepRule> ChainSteps => Set<ChainStepRule>();
    public DbSet<QuoteSettings> Settings => Set<QuoteSettings>();
    public DbSet<RebateRule> RebateRules => Set<RebateRule>();
    public DbSet<QuotableDeal> Deals => Set<QuotableDeal>();
    public DbSet<QuoteCustomer> Customers => Set<QuoteCustomer>();
    public DbSet<FrozenSalesperson> Frozen => Set<FrozenSalesperson>();
    public DbSet<QuoteView> Views => Set<QuoteView>();
    public DbSet<CustomerCredit> CustomerCredits => Set<CustomerCredit>();
    public DbSet<RebateClaim> RebateClaims => Set<RebateClaim>();
    public DbSet<ApprovalEscalation> Escalations => Set<ApprovalEscalation>();
    public DbSet<CostEvidence> CostEvidence => Set<CostEvidence>();
    public DbSet<InstalmentPlanSettings> InstalmentPlans => Set<InstalmentPlanSettings>();

    /// <summary>Every save guards the immutable versions and stamps the quotes when it changes one (<see cref="QuoteChanges"/>).</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ImmutableVersions.Guard(ChangeTracker);
        QuoteChanges.Stamp(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ImmutableVersions.Guard(ChangeTracker);
        QuoteChanges.Stamp(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
