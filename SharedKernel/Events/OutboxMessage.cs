using NodaTime;

namespace SalesSuite.SharedKernel.Events;

/// <summary>An integration event stored in the publisher's database in the same transaction as the change.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { Type = Payload = string.Empty; }

    public OutboxMessage(Guid id, string type, string payload, Instant occurredAt)
    {
        Id = id;
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
        NextAttemptAt = occurredAt;
    }

    public Guid Id { get; private set; }
    public string Type { get; private set; }
    public string Payload { get; private set; }
    public Instant OccurredAt { get; private set; }
    public Instant? ProcessedAt { get; private set; }
    public Instant NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>Set when retries are exhausted; the message stays for an operator to inspect and requeue.</summary>
    public bool DeadLettered { get; private set; }
    /// <summary>The host (see <c>HostInstance</c>) delivering this message now; with <see cref="LockedUntil"/>, a lease.</summary>
    public string? LockedBy { get; private set; }
    /// <summary>When the lease ends: a host that died while delivering leaves the row to the others after this.</summary>
    public Instant? LockedUntil { get; private set; }

    public void MarkProcessed(Instant now)
    {
        ProcessedAt = now;
        LastError = null;
        Unlock();
    }

    public void MarkFailed(Instant now, string error, OutboxOptions options)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        var backoffSeconds = Math.Min(options.MaxBackoff.TotalSeconds, Math.Pow(2, Attempts));
        NextAttemptAt = now + Duration.FromSeconds(backoffSeconds);
        DeadLettered = Attempts >= options.MaxAttempts;
        Unlock();
    }

    public void Requeue(Instant now)
    {
        DeadLettered = false;
        Attempts = 0;
        NextAttemptAt = now;
        Unlock();
    }

    private void Unlock()
    {
        LockedBy = null;
        LockedUntil = null;
    }
}
