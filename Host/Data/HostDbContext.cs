using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Host.Identity;
using SalesSuite.Host.Notifications;
using SalesSuite.Host.Notifications.Channels;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Data;

/// <summary>The platform's own tables: identity, teams, notifications (schema "platform" on SQL Server).</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IKernelDbContext
{
    public const string Schema = "platform";

    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ChannelDelivery> ChannelDeliveries => Set<ChannelDelivery>();
    public DbSet<ChannelPreference> ChannelPreferences => Set<ChannelPreference>();
    public DbSet<ChannelRobot> ChannelRobots => Set<ChannelRobot>();
    public DbSet<EmailServer> EmailServers => Set<EmailServer>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxRecord> Inbox => Set<InboxRecord>();
    public DbSet<OperationLogEntry> OperationLog => Set<OperationLogEntry>();
    public DbSet<WorkLease> WorkLeases => Set<WorkLease>();

    /// <summary>Every save stamps the directory when it changes a user, team or role (<see cref="DirectoryChanges"/>).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        DirectoryChanges.Stamp(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        DirectoryChanges.Stamp(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        if (Database.IsSqlServer())
        {
            builder.HasDefaultSchema(Schema);
        }
        base.OnModelCreating(builder);
        builder.ApplyKernelModel();
        builder.Entity<AppUser>(b =>
        {
            b.Property(x => x.DisplayName).HasMaxLength(100).IsRequired();
            b.Property(x => x.PreferredCulture).HasMaxLength(10);
            b.HasIndex(x => x.ManagerId);
            b.HasIndex(x => x.TeamId);
        });
        builder.Entity<Team>(b =>
        {
            b.Property(x => x.Name).HasMaxLength(100).IsRequired();
            b.Property(x => x.Region).HasMaxLength(100);
            b.HasIndex(x => x.Name).IsUnique();
        });
        builder.Entity<Notification>(b =>
        {
            b.Property(x => x.SourceModule).HasMaxLength(50);
            b.Property(x => x.TextKey).HasMaxLength(100);
            b.Property(x => x.Link).HasMaxLength(500);
            b.HasIndex(x => new { x.RecipientUserId, x.ReadAt });
            b.HasIndex(x => new { x.SourceEventId, x.RecipientUserId }).IsUnique();
        });
        builder.ApplyChannelModel();
        builder.Entity<ChangeStamp>(b => ChangeStamps.Configure(b, DirectoryChanges.Initial));
        builder.ApplyVersioningConvention();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyKernelConventions();
}
