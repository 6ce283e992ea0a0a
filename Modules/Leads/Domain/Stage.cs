using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// One stage: its required fields (to fill before leaving it), whether it may be skipped, an optional gate
/// (another stage that must be completed before entering), whether completing it unlocks quoting, and after how many
/// days in it a deal turns amber / red (the kanban and Health use the same thresholds).
/// </summary>
internal sealed class Stage : IVersioned, IAuditable
{
    public const int MaxName = 100;
    public const int MaxThresholdDays = 365;

    private Stage() { }

    public Stage(Guid id, Guid pipelineId, string name, int position, bool skippable = false)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(name), "Stage_NameRequired");
        DomainException.ThrowIf(name.Trim().Length > MaxName, "Stage_NameTooLong", MaxName);
        Id = id;
        PipelineId = pipelineId;
        Name = name.Trim();
        Position = position;
        Skippable = skippable;
    }

    public Guid Id { get; private set; }
    public Guid PipelineId { get; private set; }
    public string Name { get; private set; } = "";
    public int Position { get; private set; }
    public bool Skippable { get; private set; }
    public Guid? RequiresStageId { get; private set; }
    public bool UnlocksQuoting { get; private set; }
    /// <summary>Trigger on entering: send the director this deal's cycle time against the customer's historic average.</summary>
    public bool NotifyDirectorCycle { get; private set; }
    /// <summary>Whole days in the stage from which a deal is amber (null: never amber).</summary>
    public int? AmberDays { get; private set; }
    /// <summary>Whole days in the stage from which a deal is red (null: never red).</summary>
    public int? RedDays { get; private set; }
    public List<StageField> Fields { get; private set; } = [];
    /// <summary>Tasks and notifications on entering / leaving the stage (<see cref="StageTrigger"/>).</summary>
    public List<StageTrigger> Triggers { get; private set; } = [];
    /// <summary>When the director removed the stage (kept for history: closed deals and the stage log name it).</summary>
    public Instant? RemovedAt { get; private set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();

    /// <summary>
    /// Renames and sets the switches. A name is required; a gate must be an earlier stage of the same pipeline
    /// (otherwise the stage could never be entered).
    /// </summary>
    public void Configure(string name, StageOptions options, Stage? gate = null)
    {
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(name), "Stage_NameRequired");
        DomainException.ThrowIf(name.Trim().Length > MaxName, "Stage_NameTooLong", MaxName);
        DomainException.ThrowIf(
            gate is not null && (gate.PipelineId != PipelineId || gate.Position >= Position), "Stage_GateInvalid", gate?.Name ?? "");
        Name = name.Trim();
        Skippable = options.Skippable;
        UnlocksQuoting = options.UnlocksQuoting;
        RequiresStageId = gate?.Id;
        NotifyDirectorCycle = options.NotifyDirectorCycle;
    }

    /// <summary>
    /// Sets the dwell thresholds (null clears one): each is 1..365 whole days, and amber comes before red when both are
    /// set. A refusal changes neither.
    /// </summary>
    public void SetThresholds(int? amberDays, int? redDays)
    {
        DomainException.ThrowIf(amberDays is < 1 or > MaxThresholdDays, "Stage_AmberDaysRange", MaxThresholdDays);
        DomainException.ThrowIf(redDays is < 1 or > MaxThresholdDays, "Stage_RedDaysRange", MaxThresholdDays);
        DomainException.ThrowIf(amberDays >= redDays, "Stage_AmberBeforeRed", amberDays ?? 0, redDays ?? 0);
        AmberDays = amberDays;
        RedDays = redDays;
    }

    /// <summary>How a deal that has spent <paramref name="daysInStage"/> whole days here stands: red from RedDays, amber from AmberDays.</summary>
    public StageDwell DwellAt(int daysInStage) =>
        RedDays is { } red && daysInStage >= red ? StageDwell.Red
        : AmberDays is { } amber && daysInStage >= amber ? StageDwell.Amber
        : StageDwell.Normal;

    /// <summary>Adds a trigger (see <see cref="StageTrigger"/>); the trigger checks its recipients and SLA.</summary>
    public StageTrigger AddTrigger(
        Guid id, TriggerMoment moment, IEnumerable<string> roles, IEnumerable<Guid> userIds, IEnumerable<Guid> fieldIds,
        int slaHours = StageTrigger.DefaultSlaHours)
    {
        var trigger = new StageTrigger(id, Id, moment, roles, userIds, fieldIds, slaHours);
        Triggers.Add(trigger);
        return trigger;
    }

    /// <summary>Removed from the pipeline: out of its order, kept as a row for history. Position 0 marks it.</summary>
    internal void MarkRemoved(Instant now)
    {
        RemovedAt = now;
        Position = 0;
    }

    internal void PlaceAt(int position) => Position = position;

    /// <summary>A typed field to fill before leaving the stage; a label is required, a choice needs its options.</summary>
    public StageField AddField(Guid id, string label, FieldType type, bool required = true, string? options = null)
    {
        var choices = string.IsNullOrWhiteSpace(options) ? null : options.Trim();
        DomainException.ThrowIf(
            string.IsNullOrWhiteSpace(label) || !Enum.IsDefined(type) || (type == FieldType.Choice && choices is null), "Field_Invalid");
        DomainException.ThrowIf(
            label.Trim().Length > StageField.MaxLabel || choices?.Length > StageField.MaxOptions, "Field_TooLong", StageField.MaxLabel,
            StageField.MaxOptions);
        var field = new StageField(id, Id, label.Trim(), type, required, choices, Fields.Count + 1);
        Fields.Add(field);
        return field;
    }
}
