using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>A visit or call record: objective, short summary (≤300 chars), obstacle tags, optional location.</summary>
internal sealed class FollowUp : IAuditable, IVersioned
{
    public const int MaxSummary = 300;

    private FollowUp() { }

    public FollowUp(Guid id, Guid customerId, Guid? dealId, Guid ownerId, FollowUpObjective objective, string summary,
        string obstacleTags, string? location, bool warning, Instant at, Guid? authorId = null)
    {
        DomainException.ThrowIf(summary.Length > MaxSummary, "FollowUp_SummaryTooLong", MaxSummary);
        Id = id;
        CustomerId = customerId;
        DealId = dealId;
        OwnerId = ownerId;
        Objective = objective;
        Summary = summary;
        ObstacleTags = obstacleTags;
        Location = location;
        Warning = warning;
        At = at;
        AuthorId = authorId;
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid? DealId { get; private set; }
    public Guid OwnerId { get; private set; }
    /// <summary>Who wrote it (a manager may log for the owner); null for records older than the column.</summary>
    public Guid? AuthorId { get; private set; }
    public FollowUpObjective Objective { get; private set; }
    public string Summary { get; private set; } = "";
    public string ObstacleTags { get; private set; } = "";
    public string? Location { get; private set; }
    public bool Warning { get; private set; }
    public Instant At { get; private set; }
    public int Version { get; set; }
    /// <summary>True for follow-ups logged since supervisor confirmation exists (older records are not chased).</summary>
    public bool AwaitsConfirmation { get; private set; }
    public Instant? ConfirmedAt { get; private set; }
    public Guid? ConfirmedBy { get; private set; }
    /// <summary>How many levels above the supervisor the unconfirmed visit has gone (0: only the supervisor was asked).</summary>
    public int ConfirmLevel { get; private set; }
    public Guid? ConfirmAskedOf { get; private set; }
    /// <summary>The voice note in the file store (key, detected type, measured seconds); null without one.</summary>
    public string? VoiceKey { get; private set; }
    public string? VoiceType { get; private set; }
    public double? VoiceSeconds { get; private set; }
    /// <summary>The device's position when logged (WGS84, as the browser gave it), with its accuracy in metres.</summary>
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public double? AccuracyMeters { get; private set; }

    public string AuditId => Id.ToString();

    public bool HasPosition => Latitude is not null && Longitude is not null;

    /// <summary>A new visit waits for its supervisor's confirmation (nobody above: nothing to wait for).</summary>
    public void AwaitConfirmationBy(Guid? supervisor)
    {
        AwaitsConfirmation = supervisor is not null;
        ConfirmAskedOf = supervisor;
    }

    /// <summary>The supervisor (or someone above, once escalated) confirms; twice → 409.</summary>
    public void Confirm(Guid by, Instant at)
    {
        ConflictRefusal.ThrowIfAlready(ConfirmedAt is not null, "Visit_AlreadyConfirmed");
        DomainException.ThrowIf(!AwaitsConfirmation, "Visit_NothingToConfirm");
        DomainException.ThrowIf(by == OwnerId, "Visit_OwnConfirm");
        ConfirmedAt = at;
        ConfirmedBy = by;
    }

    /// <summary>One level further up the reporting line (once per level).</summary>
    public void EscalateConfirmation(Guid to)
    {
        ConfirmLevel++;
        ConfirmAskedOf = to;
    }

    public void AttachVoice(string key, string contentType, double seconds) =>
        (VoiceKey, VoiceType, VoiceSeconds) = (key, contentType, seconds);

    /// <summary>Keeps the position when it is a real one (latitude ±90, longitude ±180, accuracy ≥ 0); else refuses.</summary>
    public void Locate(double latitude, double longitude, double? accuracy)
    {
        DomainException.ThrowIf(
            !double.IsFinite(latitude) || !double.IsFinite(longitude) || Math.Abs(latitude) > 90 || Math.Abs(longitude) > 180
            || accuracy is < 0 or > 100_000 || (accuracy is { } a && !double.IsFinite(a)), "Visit_PositionInvalid");
        (Latitude, Longitude, AccuracyMeters) = (Math.Round(latitude, 6), Math.Round(longitude, 6), accuracy is { } m ? Math.Round(m) : null);
    }

    public IReadOnlyList<string> Obstacles => ObstacleTags.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Corrects the record (a correction of history): returns the correction keeping the old values and naming the
    /// changed fields; refuses when nothing changed or the summary is too long.
    /// </summary>
    public FollowUpCorrection Correct(
        FollowUpObjective objective, string summary, IReadOnlyList<string> obstacles, bool warning, string? reason, Guid by, Instant at)
    {
        var text = summary.Trim();
        DomainException.ThrowIf(text.Length == 0, "FollowUp_SummaryRequired");
        DomainException.ThrowIf(text.Length > MaxSummary, "FollowUp_SummaryTooLong", MaxSummary);
        var tags = string.Join(',', obstacles.Distinct());
        var fields = new List<string>();
        if (objective != Objective)
        {
            fields.Add(FollowUpCorrection.ObjectiveField);
        }
        if (text != Summary)
        {
            fields.Add(FollowUpCorrection.SummaryField);
        }
        if (!obstacles.ToHashSet().SetEquals(Obstacles))
        {
            fields.Add(FollowUpCorrection.ObstacleTagsField);
        }
        if (warning != Warning)
        {
            fields.Add(FollowUpCorrection.WarningField);
        }
        DomainException.ThrowIf(fields.Count == 0, "Correction_NothingChanged");
        var correction = new FollowUpCorrection(Guid.NewGuid(), Id, by, at, fields, reason, Objective, Summary, ObstacleTags, Warning);
        Objective = objective;
        Summary = text;
        ObstacleTags = tags;
        Warning = warning;
        return correction;
    }
}
