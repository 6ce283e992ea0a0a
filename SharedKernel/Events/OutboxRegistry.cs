using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Events;

/// <summary>The outboxes to dispatch: one per module DbContext (and the host's).</summary>
public sealed class OutboxRegistry
{
    private readonly List<RegisteredOutbox> _outboxes = [];

    /// <summary>Each outbox with its DbContext type (the type <see cref="OutboxSignal"/> names when one is written).</summary>
    public IReadOnlyList<RegisteredOutbox> Outboxes => _outboxes;

    private readonly List<Func<IServiceProvider, CancellationToken, Task<int>>> _purges = [];

    internal void Add<TContext>() where TContext : DbContext, IKernelDbContext
    {
        _outboxes.Add(new(typeof(TContext), (sp, ct) => sp.GetRequiredService<OutboxDispatcher<TContext>>().DispatchPendingAsync(ct)));
        _purges.Add((sp, ct) => sp.GetRequiredService<OutboxRetention<TContext>>().PurgeAsync(ct));
    }

    /// <summary>Applies the retention period to every registered context; returns how many rows were deleted.</summary>
    public async Task<int> PurgeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var total = 0;
        foreach (var purge in _purges)
        {
            total += await purge(services, cancellationToken);
        }
        return total;
    }

    /// <summary>Dispatches every outbox until all are empty; tests use it instead of waiting on the background loop.</summary>
    public async Task<int> DrainAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (var round = 0; round < 20; round++)
        {
            var delivered = 0;
            foreach (var outbox in _outboxes)
            {
                delivered += await outbox.Dispatch(services, cancellationToken);
            }
            total += delivered;
            if (delivered == 0)
            {
                break;
            }
        }
        return total;
    }
}

/// <summary>One module's outbox: its DbContext type and one dispatch pass over it (returns how many it delivered).</summary>
public sealed record RegisteredOutbox(Type Context, Func<IServiceProvider, CancellationToken, Task<int>> Dispatch);
