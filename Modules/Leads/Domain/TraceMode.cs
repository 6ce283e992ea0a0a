using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// Read model fed by Health's TraceModeChanged: whether a person is in trace mode (too many edits of history). While
/// on, correcting their records needs a reason and tells their supervisor. The newest event wins.
/// </summary>
internal sealed class TraceMode
{
    public const int MaxReason = 500;

    private TraceMode() { }

    public TraceMode(Guid userId, bool on, string reason, Instant changedAt)
    {
        UserId = userId;
        Apply(on, reason, changedAt);
    }

    public Guid UserId { get; private set; }
    public bool On { get; private set; }
    public string Reason { get; private set; } = "";
    public Instant ChangedAt { get; private set; }

    /// <summary>Takes the switch unless it is older than the one already applied (events may arrive out of order).</summary>
    public bool Apply(bool on, string reason, Instant at)
    {
        if (at < ChangedAt)
        {
            return false;
        }
        On = on;
        Reason = reason.Length > MaxReason ? reason[..MaxReason] : reason;
        ChangedAt = at;
        return true;
    }
}
