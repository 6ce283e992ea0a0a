using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>Read model fed by Health's AssignmentPaused/Resumed: these people receive no new leads.</summary>
internal sealed class PausedSalesperson
{
    private PausedSalesperson() { }

    public PausedSalesperson(Guid userId, string reason, Instant since)
    {
        UserId = userId;
        Reason = reason;
        Since = since;
    }

    public Guid UserId { get; private set; }
    public string Reason { get; private set; } = "";
    public Instant Since { get; private set; }
}
