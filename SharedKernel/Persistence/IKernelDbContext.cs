using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.SharedKernel.Persistence;

/// <summary>The kernel tables every module database carries: outbox, inbox and operation log.</summary>
public interface IKernelDbContext
{
    DbSet<OutboxMessage> Outbox { get; }
    DbSet<InboxRecord> Inbox { get; }
    DbSet<OperationLogEntry> OperationLog { get; }
}
