using Microsoft.EntityFrameworkCore;
using SalesSuite.Health.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Health.Data;

internal sealed class HealthDbContext(DbContextOptions<HealthDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "health";

    // The archive of consumed events (the source of truth for a rebuild).
    public DbSet<ArchivedEvent> Archive => Set<ArchivedEvent>();

    // Read models: rebuilt from the archive (see Application/Projection/ReadModels.cs).
    public DbSet<StepSample> Steps => Set<StepSample>();
    public DbSet<LeadTrack> Leads => Set<LeadTrack>();
    public DbSet<DealTrack> Deals => Set<DealTrack>();
    public DbSet<QuoteTrack> Quotes => Set<QuoteTrack>();
    public DbSet<FollowUpFact> FollowUps => Set<FollowUpFact>();
    public DbSet<CustomerTrack> Customers => Set<CustomerTrack>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<HandOverItem> HandOvers => Set<HandOverItem>();
    public DbSet<PipelineStage> Stages => Set<PipelineStage>();

    // Summaries kept in the same SaveChanges as the samples (StepTotalChanges), rebuilt with them.
    public DbSet<StepTotal> StepTotals => Set<StepTotal>();
    public DbSet<HealthStamp> Stamps => Set<HealthStamp>();

    // Decisions and configuration (kept by a rebuild).
    public DbSet<HealthAction> Actions => Set<HealthAction>();
    public DbSet<CustomerGrade> Grades => Set<CustomerGrade>();
    public DbSet<HealthSettings> Settings => Set<HealthSettings>();
    public DbSet<IndicatorThreshold> Thresholds => Set<IndicatorThreshold>();

    // Rebuilds of the read models from the archive (kept by a rebuild).
    public DbSet<RebuildRun> RebuildRuns => Set<RebuildRun>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StepTotalChanges.CountNewSamples(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await StepTotalChanges.CountNewSamplesAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
