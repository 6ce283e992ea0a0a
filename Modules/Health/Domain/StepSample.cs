using NodaTime;

namespace SalesSuite.Health.Domain;

/// <summary>
/// One finished occurrence of a process step (a deal's stay in a stage, a quote's approval step, a paid milestone, a
/// stage task, a hand-off), attributed to the owner of the record that waited (and their team). The stage dwell report
/// and the breakpoint heatmap aggregate these; DelayHours is the time beyond the step's target; Breached: beyond its breach limit (a stage's red days, an approval
/// step's SLA; the target when there is no separate limit).
/// </summary>
internal sealed class StepSample
{
    private StepSample() { }

    public StepSample(Guid id, StepKind kind, string step, Guid ownerId, Guid? teamId, RecordRef record, Instant startedAt,
        Instant endedAt, LocalDate week, double? targetHours, double? breachHours = null, bool skipped = false, bool breached = false,
        Guid? actorId = null)
    {
        Id = id;
        Kind = kind;
        Step = step.Length > 100 ? step[..100] : step;
        OwnerId = ownerId;
        TeamId = teamId;
        RecordType = record.Type;
        RecordId = record.Id;
        Label = record.Label.Length > 200 ? record.Label[..200] : record.Label;
        DealId = record.DealId;
        CustomerId = record.CustomerId;
        StartedAt = startedAt;
        EndedAt = endedAt;
        Week = week;
        DurationHours = skipped ? 0 : Math.Max(0, (endedAt - startedAt).TotalHours);
        TargetHours = targetHours;
        DelayHours = targetHours is { } t ? Math.Max(0, DurationHours - t) : 0;
        Skipped = skipped;
        Breached = !skipped && (breached || ((breachHours ?? targetHours) is { } limit && DurationHours > limit));
        ActorId = actorId;
    }

    public Guid Id { get; private set; }
    public StepKind Kind { get; private set; }
    public string Step { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    /// <summary>Who did the step (approver, the role's person); null when it is the owner.</summary>
    public Guid? ActorId { get; private set; }
    public string RecordType { get; private set; } = "";
    public Guid RecordId { get; private set; }
    public Guid? DealId { get; private set; }
    public Guid? CustomerId { get; private set; }
    public string Label { get; private set; } = "";
    public Instant StartedAt { get; private set; }
    public Instant EndedAt { get; private set; }
    /// <summary>Monday (Asia/Shanghai) of the week the step ended.</summary>
    public LocalDate Week { get; private set; }
    public double DurationHours { get; private set; }
    public double? TargetHours { get; private set; }
    public double DelayHours { get; private set; }
    public bool Skipped { get; private set; }
    public bool Breached { get; private set; }

    public RecordRef Record => new(RecordType, RecordId, Label, DealId, CustomerId);
}
