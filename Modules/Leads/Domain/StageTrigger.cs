using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Leads.Domain;

/// <summary>
/// A stage's trigger: when a deal enters or leaves the stage, every recipient (one or several roles, one or several
/// named people) gets a stage task and a notification. The task carries the chosen stage fields' values (none chosen:
/// every value the deal carries) and is due <see cref="SlaHours"/> after the move (default 4 h, a cross-department request).
/// Lists are stored comma-separated.
/// </summary>
internal sealed class StageTrigger : IAuditable
{
    public const int DefaultSlaHours = 4;
    public const int MaxSlaHours = 720;
    public const int MaxList = 2000;

    private StageTrigger() { }

    public StageTrigger(
        Guid id, Guid stageId, TriggerMoment moment, IEnumerable<string> roles, IEnumerable<Guid> userIds, IEnumerable<Guid> fieldIds,
        int slaHours = DefaultSlaHours)
    {
        var roleList = roles.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct().ToList();
        var userList = userIds.Distinct().ToList();
        DomainException.ThrowIf(roleList.Count == 0 && userList.Count == 0, "Pipe_Trigger_RecipientRequired");
        DomainException.ThrowIf(roleList.Any(r => r.Length > 50) || !Enum.IsDefined(moment), "Pipe_Trigger_Invalid");
        DomainException.ThrowIf(slaHours is < 1 or > MaxSlaHours, "Pipe_Trigger_SlaRange", MaxSlaHours);
        Id = id;
        StageId = stageId;
        Moment = moment;
        Roles = string.Join(',', roleList);
        UserIds = string.Join(',', userList);
        FieldIds = string.Join(',', fieldIds.Distinct());
        DomainException.ThrowIf(Roles.Length > MaxList || UserIds.Length > MaxList || FieldIds.Length > MaxList, "Pipe_Trigger_Invalid");
        SlaHours = slaHours;
    }

    public Guid Id { get; private set; }
    public Guid StageId { get; private set; }
    public TriggerMoment Moment { get; private set; }
    public string Roles { get; private set; } = "";
    public string UserIds { get; private set; } = "";
    public string FieldIds { get; private set; } = "";
    public int SlaHours { get; private set; } = DefaultSlaHours;

    public string AuditId => Id.ToString();

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<Guid> UserList => UserIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    public IReadOnlyList<Guid> FieldList => FieldIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    /// <summary>Whether the task carries this field's value: the chosen fields, or every field when none was chosen.</summary>
    public bool Carries(Guid fieldId) => FieldIds.Length == 0 || FieldList.Contains(fieldId);

    /// <summary>
    /// The triggers one forward move fires, in order: those on leaving the stage the deal leaves, then those on entering
    /// the target. Stages jumped over are neither entered nor left.
    /// </summary>
    public static IReadOnlyList<(Stage Stage, StageTrigger Trigger)> Fired(Stage from, Stage to) =>
        from.Triggers.Where(t => t.Moment == TriggerMoment.Leave).Select(t => (from, t))
            .Concat(to.Triggers.Where(t => t.Moment == TriggerMoment.Enter).Select(t => (to, t)))
            .ToList();
}
