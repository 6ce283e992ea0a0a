namespace SalesSuite.Health.Application.Archive;

/// <summary>
/// One rebuild at a time in this process (a singleton): a second click while one runs is told so at once instead of
/// queueing a second full replay. Across processes the unfinished <see cref="Domain.RebuildRun"/> row says the same.
/// </summary>
internal sealed class RebuildGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public bool TryEnter() => _gate.Wait(0);

    public bool IsHeld => _gate.CurrentCount == 0;

    public void Exit() => _gate.Release();
}
