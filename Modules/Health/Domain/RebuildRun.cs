using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Health.Domain;

/// <summary>
/// One rebuild of the read models from the archive: who started it (none: the command line), when, how many events it
/// replayed and how long it took. An unfinished run is one in progress (or one whose process died: it counts as running
/// for <see cref="StaleAfter"/> only).
/// </summary>
internal sealed class RebuildRun : IAuditable
{
    public static readonly Duration StaleAfter = Duration.FromHours(2);

    private RebuildRun() { }

    public RebuildRun(Guid id, Guid? byUserId, Instant startedAt)
    {
        Id = id;
        ByUserId = byUserId;
        StartedAt = startedAt;
    }

    public Guid Id { get; private set; }
    public Guid? ByUserId { get; private set; }
    public Instant StartedAt { get; private set; }
    public Instant? FinishedAt { get; private set; }
    public long Events { get; private set; }
    public long Unreadable { get; private set; }
    public double Seconds { get; private set; }
    public bool Failed { get; private set; }

    public string AuditId => Id.ToString();

    public bool IsRunning(Instant now) => FinishedAt is null && now - StartedAt < StaleAfter;

    public void Finish(long events, long unreadable, TimeSpan elapsed, Instant at)
    {
        Events = events;
        Unreadable = unreadable;
        Seconds = Math.Round(elapsed.TotalSeconds, 3);
        FinishedAt = at;
    }

    public void Fail(Instant at)
    {
        Failed = true;
        FinishedAt = at;
    }
}
