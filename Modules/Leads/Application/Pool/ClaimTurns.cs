namespace SalesSuite.Leads.Application.Pool;

/// <summary>
/// The claims of this host take the database's write lock one at a time, in arrival order, awaiting their turn
/// without holding a thread. Without the queue, 50 simultaneous claims ask SQLite for the lock at the same moment:
/// all but one get SQLITE_BUSY, and Microsoft.Data.Sqlite retries a busy statement only after sleeping 150 ms (the
/// claim race's p95 was that sleep). One winner per lead does not rest on this queue: the conditional UPDATE inside
/// the write transaction decides, also between hosts sharing one database.
/// </summary>
internal sealed class ClaimTurns : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<Turn> NextAsync(CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        return new Turn(_turn);
    }

    public void Dispose() => _turn.Dispose();

    internal readonly struct Turn(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }
}
