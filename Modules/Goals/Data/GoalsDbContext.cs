using Microsoft.EntityFrameworkCore;
using SalesSuite.Goals.Domain;
using SalesSuite.Goals.Domain.Campaigns;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Data;

internal sealed class GoalsDbContext(DbContextOptions<GoalsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "goals";

    public DbSet<GoalsSettings> Settings => Set<GoalsSettings>();
    public DbSet<KeyActionType> ActionTypes => Set<KeyActionType>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<ActionContract> Contracts => Set<ActionContract>();
    public DbSet<EvidenceFact> Facts => Set<EvidenceFact>();
    public DbSet<EvidenceMatch> Matches => Set<EvidenceMatch>();
    public DbSet<GoalCustomer> Customers => Set<GoalCustomer>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<RewardStatement> RewardStatements => Set<RewardStatement>();
    public DbSet<WeeklyPlan> Plans => Set<WeeklyPlan>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<MissedAlert> MissedAlerts => Set<MissedAlert>();

    /// <summary>Every save stamps progress when it changes what the heatmaps count (<see cref="ProgressChanges"/>).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ProgressChanges.Stamp(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ProgressChanges.Stamp(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
