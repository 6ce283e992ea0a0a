using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Data;

internal sealed class StoresDbContext(DbContextOptions<StoresDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "stores";

    public DbSet<Store> Stores => Set<Store>();
    public DbSet<StoresSettings> Settings => Set<StoresSettings>();
    public DbSet<FeedbackCategory> FeedbackCategories => Set<FeedbackCategory>();
    public DbSet<Promotion> Promotions => Set<Promotion>();
    public DbSet<NewProduct> Products => Set<NewProduct>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<FenceRefusalLog> Refusals => Set<FenceRefusalLog>();
    public DbSet<FenceException> Exceptions => Set<FenceException>();
    public DbSet<DailyReport> Reports => Set<DailyReport>();
    public DbSet<FeedbackEntry> Feedback => Set<FeedbackEntry>();
    public DbSet<PromotionExecution> PromotionExecutions => Set<PromotionExecution>();
    public DbSet<RolloutEntry> Rollouts => Set<RolloutEntry>();
    public DbSet<StoreFile> Files => Set<StoreFile>();
    public DbSet<StoreTask> Tasks => Set<StoreTask>();
    public DbSet<IssueCluster> Clusters => Set<IssueCluster>();
    public DbSet<StoreFlag> Flags => Set<StoreFlag>();
    public DbSet<HqStamp> HqStamps => Set<HqStamp>();

    /// <summary>Every save stamps the headquarters reports when it changes what they read (<see cref="HqChanges"/>).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        HqChanges.StampChangedReports(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        HqChanges.StampChangedReports(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
