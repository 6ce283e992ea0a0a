using System.Collections.Concurrent;
using NodaTime;

namespace SalesSuite.Leads.Application.Pool;

/// <summary>
/// The claims in progress on this host, one per lead (a singleton: one per process). A claim of a lead that arrives
/// while another claim of it is in progress joins that one instead of going to the database: when it won or found the
/// lead taken, the joiner lost the race and is refused at once; when it was refused for its claimant's own limit, failed
/// or was cancelled, the joiner claims on its own. A claim that arrives after it finished starts a new one (a lead
/// released back to the pool can be claimed again at once). Not a lock: across hosts the version check of the claim's
/// save in the database decides, as before.
/// <para>
/// A claim that won or found the lead taken also settles the lead for <see cref="SettleWindow"/>: claims of it that arrive
/// in that time (the stragglers of a race, which come in over some milliseconds) are refused at once as well, instead of
/// each starting a claim that reads the database only to find it taken. Releasing a lead on this host forgets it
/// (<see cref="Forget"/>), so it can be claimed again at once; a release on another host within the window is the one case
/// where a claim here is refused although the lead is back: the refusal refreshes the board, which shows the lead again.
/// </para>
/// </summary>
internal sealed class ClaimFlights(IClock clock)
{
    /// <summary>How long a lead found taken is refused without asking the database.</summary>
    public static readonly Duration SettleWindow = Duration.FromSeconds(1);

    private const int SweepAbove = 1024;

    private readonly ConcurrentDictionary<Guid, Task<ClaimOutcome>> _running = new();
    private readonly ConcurrentDictionary<Guid, Instant> _settledUntil = new();

    /// <summary>The lead went back to the pool (released on this host): the next claim of it goes to the database.</summary>
    public void Forget(Guid leadId) => _settledUntil.TryRemove(leadId, out _);

    /// <summary>
    /// Runs <paramref name="claim"/> for <paramref name="leadId"/>, or joins the claim of it in progress (then
    /// <paramref name="claim"/> is not called: whatever it needs, such as a DbContext, is never built).
    /// </summary>
    public async Task<ClaimOutcome> RunAsync(Guid leadId, Func<Task<ClaimOutcome>> claim, CancellationToken ct)
    {
        if (_settledUntil.TryGetValue(leadId, out var until) && clock.GetCurrentInstant() < until)
        {
            return ClaimOutcome.AlreadyTaken;
        }
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
            if (outcome is ClaimOutcome.Claimed or ClaimOutcome.AlreadyTaken)
            {
                Settle(leadId);
            }
            // Removed before the joiners resume, so one that claims on its own starts a new claim instead of rejoining.
            _running.TryRemove(new(leadId, mine.Task));
            mine.SetResult(outcome);
            return outcome;
        }
    }

    private void Settle(Guid leadId)
    {
        var now = clock.GetCurrentInstant();
        if (_settledUntil.Count > SweepAbove)
        {
            foreach (var (id, until) in _settledUntil)
            {
                if (until <= now)
                {
                    _settledUntil.TryRemove(new(id, until));
                }
            }
        }
        _settledUntil[leadId] = now + SettleWindow;
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
