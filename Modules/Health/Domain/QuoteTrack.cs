using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>A quote version as Health follows it: submitted, approved (sent), the customer's first answer, accepted.</summary>
internal sealed class QuoteTrack
{
    private QuoteTrack() { }

    public QuoteTrack(Guid quoteId, Guid dealId, Guid customerId, Guid ownerId, Guid? teamId, string version, Instant submittedAt)
    {
        QuoteId = quoteId;
        DealId = dealId;
        CustomerId = customerId;
        OwnerId = ownerId;
        TeamId = teamId;
        Version = version;
        SubmittedAt = submittedAt;
        StepStartedAt = submittedAt;
    }

    public Guid QuoteId { get; private set; }
    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public string Version { get; private set; } = "";
    public Instant SubmittedAt { get; private set; }
    /// <summary>When the approval step now waiting started (the submission or the previous decision).</summary>
    public Instant StepStartedAt { get; private set; }
    public Instant? ApprovedAt { get; private set; }
    public Instant? FeedbackAt { get; private set; }
    public Instant? AcceptedAt { get; private set; }
    /// <summary>Steps (comma-separated codes) that passed their SLA (QuoteSlaBreached).</summary>
    public string BreachedSteps { get; private set; } = "";

    public RecordRef Record(string? label = null) => new(RecordRef.Quote, QuoteId, label ?? Version, DealId, CustomerId);

    /// <summary>A new version was submitted: its clocks restart.</summary>
    public void Resubmit(string version, Instant at)
    {
        Version = version;
        SubmittedAt = at;
        StepStartedAt = at;
        ApprovedAt = null;
        FeedbackAt = null;
        BreachedSteps = "";
    }

    public void StepDecided(Instant at) => StepStartedAt = at;

    public void Breach(string step)
    {
        if (!HasBreached(step))
        {
            BreachedSteps = BreachedSteps.Length == 0 ? step : $"{BreachedSteps},{step}";
        }
    }

    public bool HasBreached(string step) => BreachedSteps.Split(',').Contains(step);

    public void Approve(Instant at) => ApprovedAt ??= at;

    /// <summary>True when this is the customer's first answer after the quote went out.</summary>
    public bool Feedback(Instant at)
    {
        if (ApprovedAt is null || FeedbackAt is not null || at < ApprovedAt)
        {
            return false;
        }
        FeedbackAt = at;
        return true;
    }

    public void Accept(Instant at) => AcceptedAt ??= at;

    public void HandTo(Guid ownerId, Guid? teamId)
    {
        OwnerId = ownerId;
        TeamId = teamId;
    }
}
