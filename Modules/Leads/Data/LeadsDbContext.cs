using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Data;

internal sealed class LeadsDbContext(DbContextOptions<LeadsDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "leads";

    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<AssignmentRule> AssignmentRules => Set<AssignmentRule>();
    public DbSet<AllocationEntry> Allocations => Set<AllocationEntry>();
    public DbSet<Pipeline> Pipelines => Set<Pipeline>();
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<StageField> StageFields => Set<StageField>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<DealFieldValue> DealFieldValues => Set<DealFieldValue>();
    public DbSet<DealStageChange> DealStageChanges => Set<DealStageChange>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<NextAction> NextActions => Set<NextAction>();
    public DbSet<PausedSalesperson> PausedSalespeople => Set<PausedSalesperson>();
    public DbSet<LeadsSettings> Settings => Set<LeadsSettings>();
    public DbSet<TagOption> TagOptions => Set<TagOption>();
    public DbSet<IntakeKey> IntakeKeys => Set<IntakeKey>();
    public DbSet<HandOverReport> HandOvers => Set<HandOverReport>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<StageTask> StageTasks => Set<StageTask>();
    public DbSet<StageTrigger> StageTriggers => Set<StageTrigger>();
    public DbSet<FollowUpCorrection> FollowUpCorrections => Set<FollowUpCorrection>();
    public DbSet<TraceMode> TraceModes => Set<TraceMode>();
    public DbSet<CustomerGrade> CustomerGrades => Set<CustomerGrade>();
    public DbSet<CustomerContact> CustomerContacts => Set<CustomerContact>();
    public DbSet<CustomerTypeOption> CustomerTypeOptions => Set<CustomerTypeOption>();
    public DbSet<ProfileField> ProfileFields => Set<ProfileField>();
    public DbSet<CustomerFieldValue> CustomerFieldValues => Set<CustomerFieldValue>();
    public DbSet<RiskCard> RiskCards => Set<RiskCard>();
    public DbSet<VisitSettings> VisitSettings => Set<VisitSettings>();
    public DbSet<RouteSettings> RouteSettings => Set<RouteSettings>();
    public DbSet<BoardStamp> BoardStamps => Set<BoardStamp>();

    /// <summary>Every save stamps the live boards its changes show on (<see cref="BoardChanges"/>).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BoardChanges.StampChangedBoards(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BoardChanges.StampChangedBoards(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
