namespace SalesSuite.SharedKernel.Events;

public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
    /// <summary>
    /// The dispatcher's first pass waits this long after the host starts, unless a commit signals first (then it runs at
    /// once): the first pass compiles every module's outbox query, which would compete with the first requests for the
    /// cores. Events left from before a restart are delivered this much later; new events are not delayed.
    /// </summary>
    public TimeSpan FirstPassDelay { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>
    /// After a commit wakes the dispatcher it waits this long, so the commits of a burst (a claim race's winners, a
    /// batch of views) share one pass: one read of the outbox and one lease for all of them instead of one each. At 60 ms
    /// a claim race's pass (about 100 winners a second) takes 6–7 events, with fewer writes to the module's database
    /// beside the claims (measured in bench/results/latest.md, stop 21); an event reaches its consumers that much later.
    /// </summary>
    public TimeSpan GatherDelay { get; set; } = TimeSpan.FromMilliseconds(60);
    public int BatchSize { get; set; } = 50;
    /// <summary>
    /// How long a host owns the batch it claimed; another host delivers what is left after this (a host died). Longer
    /// than a batch takes; a redelivery after a slow batch is harmless (consumers are idempotent through the inbox).
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    public int MaxAttempts { get; set; } = 10;
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Tests turn the background dispatcher off to simulate a crash between commit and dispatch.</summary>
    public bool DispatcherEnabled { get; set; } = true;
    /// <summary>Delivered outbox rows and inbox records older than this are deleted (0 keeps them forever).</summary>
    /// <remarks>
    /// Requeueing a dead letter older than this may re-apply it in a consumer whose inbox record is gone; deal read models
    /// are protected by the events' sequence.
    /// </remarks>
    public int RetentionDays { get; set; } = 30;
    public int RetentionBatchSize { get; set; } = 500;
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
