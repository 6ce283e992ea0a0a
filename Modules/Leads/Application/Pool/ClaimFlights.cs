using System.Collections.Concurrent;

namespace SalesSuite.Leads.Application.Pool;

/// <summary>
/// The claims in progress on this host, one per lead (a singleton: one per process). A claim of a lead that arrives
/// while another claim of it is in progress joins that one instead of going to the database: when it won or found the
/// lead taken, the joiner lost the race and is refused at once; when it was refused for its claimant's own limit, failed
/// or was cancelled, the joiner claims on its own. A claim that arrives after it finished starts a new one (a lead
/// released back to the pool can be claimed again at once). Not a lock: across hosts the conditional update in the
/// database decides, as before.
/// </summary>
internal sealed class ClaimFlights
{
    private readonly ConcurrentDictionary<Guid, Task<ClaimOutcome>> _running = new();

    /// <summary>
    /// Runs <paramref name="claim"/> for <paramref name="leadId"/>, or joins the claim of it in progress (then
    /// <paramref name="claim"/> is not called: whatever it needs, such as a DbContext, is never built).
    /// </summary>
    public async Task<ClaimOutcome> RunAsync(Guid leadId, Func<Task<ClaimOutcome>> claim, CancellationToken ct)
    {
        while (true)
        {
            var mine = new TaskCompletionSource<ClaimOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = _running.GetOrAdd(leadId, mine.Task);
            if (running != mine.Task)
            {
                if (await OutcomeOfAsync(running, ct) is ClaimOutcome.Claimed or ClaimOutcome.AlreadyTaken)
                {
                    return ClaimOutcome.AlreadyTaken;
                }
                continue;
            }
            ClaimOutcome outcome;
            try
            {
                outcome = await claim();
            }
            catch
            {
                // Whoever joined claims on their own: this claimant's failure or cancellation is not theirs.
                _running.TryRemove(new(leadId, mine.Task));
                mine.SetCanceled(CancellationToken.None);
                throw;
            }
            // Removed before the joiners resume, so one that claims on its own starts a new claim instead of rejoining.
            _running.TryRemove(new(leadId, mine.Task));
            mine.SetResult(outcome);
            return outcome;
        }
    }

    /// <summary>The outcome of the claim in progress; null when it failed or was cancelled (not when this request was).</summary>
    private static async Task<ClaimOutcome?> OutcomeOfAsync(Task<ClaimOutcome> running, CancellationToken ct)
    {
        try
        {
            return await running.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
