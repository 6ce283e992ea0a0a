using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Background;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>The kernel tables every module database carries: outbox, inbox, operation log and work leases.</summary>
public interface IKernelDbContext
{
    DbSet<OutboxMessage> Outbox { get; }
    DbSet<InboxRecord> Inbox { get; }
    DbSet<OperationLogEntry> OperationLog { get; }
    DbSet<WorkLease> WorkLeases { get; }
}
