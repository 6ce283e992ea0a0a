using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// A customer-timeline line for things that are not follow-ups or stage changes: lead events and events
/// from other modules (quote viewed/accepted...). Text is a resource key plus arguments.
/// </summary>
internal sealed class TimelineEntry
{
    private TimelineEntry() { }

    public const int MaxLink = 300;

    public TimelineEntry(Guid id, Guid customerId, string textKey, string arguments, Guid? actorUserId, Instant at, string? link = null)
    {
        Id = id;
        CustomerId = customerId;
        TextKey = textKey;
        Arguments = arguments;
        ActorUserId = actorUserId;
        At = at;
        Link = link is { Length: > 0 and <= MaxLink } ? link : null;
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public string TextKey { get; private set; } = "";
    /// <summary>Arguments separated by "|".</summary>
    public string Arguments { get; private set; } = "";
    public Guid? ActorUserId { get; private set; }
    public Instant At { get; private set; }
    /// <summary>An app-relative link to the record behind the line (e.g. a contract in Collections), if any.</summary>
    public string? Link { get; private set; }

    public void MoveTo(Guid customerId) => CustomerId = customerId;
}
