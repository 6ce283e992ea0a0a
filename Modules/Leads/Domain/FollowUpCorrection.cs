using NodaTime;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// One correction of a logged follow-up: who, when, why, which fields (codes, as published in RecordCorrected) and
/// the values before it, so the history stays readable after the record changed.
/// </summary>
internal sealed class FollowUpCorrection
{
    public const string ObjectiveField = "objective";
    public const string SummaryField = "summary";
    public const string ObstacleTagsField = "obstacleTags";
    public const string WarningField = "warning";
    public const int MaxReason = 200;

    private FollowUpCorrection() { }

    public FollowUpCorrection(
        Guid id, Guid followUpId, Guid byUserId, Instant at, IReadOnlyList<string> fields, string? reason,
        FollowUpObjective oldObjective, string oldSummary, string oldObstacleTags, bool oldWarning)
    {
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DomainException.ThrowIf(why is { Length: > MaxReason }, "Correction_ReasonTooLong", MaxReason);
        Id = id;
        FollowUpId = followUpId;
        ByUserId = byUserId;
        At = at;
        Fields = string.Join(',', fields);
        Reason = why;
        OldObjective = oldObjective;
        OldSummary = oldSummary;
        OldObstacleTags = oldObstacleTags;
        OldWarning = oldWarning;
    }

    public Guid Id { get; private set; }
    public Guid FollowUpId { get; private set; }
    public Guid ByUserId { get; private set; }
    public Instant At { get; private set; }
    /// <summary>Changed field codes separated by ",".</summary>
    public string Fields { get; private set; } = "";
    public string? Reason { get; private set; }
    public FollowUpObjective OldObjective { get; private set; }
    public string OldSummary { get; private set; } = "";
    public string OldObstacleTags { get; private set; } = "";
    public bool OldWarning { get; private set; }

    public IReadOnlyList<string> FieldList => Fields.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
