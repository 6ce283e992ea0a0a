using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.SharedKernel.Application;

/// <summary>
/// The end of every application command: names the operation for the operation log and saves the change with its
/// outbox events in one transaction; an optimistic-concurrency conflict becomes a <see cref="StaleEditException"/>.
/// Only application commands, event handlers and background work save; page models never do.
/// </summary>
public sealed class UnitOfWork<TContext>(TContext db, IOperationContext operation)
    where TContext : DbContext
{
    public async Task CommitAsync(string operationName, CancellationToken cancellationToken)
    {
        operation.Begin(operationName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new StaleEditException();
        }
    }
}
