using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>Tells the probe when a dispatcher pass has read the pending outbox rows, so a test waits on that instead of sleeping.</summary>
public sealed class OutboxPollProbe(HandlerProbe probe) : DbCommandInterceptor
{
    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("FROM \"OutboxMessages\"", StringComparison.Ordinal)
            && command.CommandText.Contains("\"ProcessedAt\" IS NULL", StringComparison.Ordinal))
        {
            probe.OutboxPolled.TrySetResult();
        }
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }
}
