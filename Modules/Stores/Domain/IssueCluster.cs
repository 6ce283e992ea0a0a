using NodaTime;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Stores.Domain;

/// <summary>
/// A feedback category that passed its weekly threshold across stores: raised once per category and business week
/// (unique index), listing the stores concerned and the person named responsible.
/// </summary>
internal sealed class IssueCluster
{
    public const int NoteMaxLength = 500;

    public IssueCluster(Guid id, string categoryCode, LocalDate weekStart, int count, int threshold, IReadOnlyList<Guid> storeIds,
        Guid? responsibleUserId, Instant raisedAt)
    {
        Id = id;
        CategoryCode = categoryCode;
        WeekStart = weekStart;
        Count = count;
        Threshold = threshold;
        StoreIds = storeIds.ToList();
        ResponsibleUserId = responsibleUserId;
        RaisedAt = raisedAt;
    }

    private IssueCluster()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public string CategoryCode { get; private set; } = string.Empty;
    public LocalDate WeekStart { get; private set; }
    /// <summary>The count when it was raised.</summary>
    public int Count { get; private set; }
    public int Threshold { get; private set; }
    public List<Guid> StoreIds { get; private set; } = [];
    public Guid? ResponsibleUserId { get; private set; }
    public Instant RaisedAt { get; private set; }
    public Instant? ClosedAt { get; set; }
    public string? ClosingNote { get; set; }

    public bool IsOpen => ClosedAt is null;

    /// <summary>Stores that reported the category later in the week join the cluster; returns those that were new.</summary>
    public IReadOnlyList<Guid> AddStores(IEnumerable<Guid> storeIds)
    {
        var added = storeIds.Distinct().Where(id => !StoreIds.Contains(id)).ToList();
        if (added.Count > 0)
        {
            StoreIds = [.. StoreIds, .. added];
        }
        return added;
    }

    /// <summary>Closed with what was done about it; a closed cluster cannot be closed again.</summary>
    public void Close(string? note, Instant at)
    {
        DomainException.ThrowIf(!IsOpen, "Cluster_Error_Closed");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(note), "Cluster_Error_NoteRequired");
        DomainException.ThrowIf(note!.Trim().Length > NoteMaxLength, "Cluster_Error_NoteTooLong", NoteMaxLength);
        ClosedAt = at;
        ClosingNote = note.Trim();
    }
}

/// <summary>
/// The same customer question in one store on consecutive days (default 3): the store is flagged to its area supervisor
/// (scenario 5: "ready meals are hard to heat" three days running → microwave partnership). One flag per store, question
/// and run of days.
/// </summary>
internal sealed class StoreFlag
{
    public const int QuestionMaxLength = 200;

    public StoreFlag(Guid id, Guid storeId, string questionKey, string question, LocalDate firstDay, LocalDate lastDay, Guid? supervisorUserId,
        Instant raisedAt)
    {
        Id = id;
        StoreId = storeId;
        QuestionKey = questionKey;
        Question = question;
        FirstDay = firstDay;
        LastDay = lastDay;
        SupervisorUserId = supervisorUserId;
        RaisedAt = raisedAt;
    }

    private StoreFlag()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    /// <summary>The normalised question (what "the same question" compares).</summary>
    public string QuestionKey { get; private set; } = string.Empty;
    public string Question { get; private set; } = string.Empty;
    public LocalDate FirstDay { get; private set; }
    public LocalDate LastDay { get; private set; }
    public Guid? SupervisorUserId { get; private set; }
    public Instant RaisedAt { get; private set; }
    public Instant? AcknowledgedAt { get; set; }
    public string? SupervisorNote { get; set; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    /// <summary>The question came again the day after the run's last day: the run grows (no new flag).</summary>
    public bool Extend(LocalDate day)
    {
        if (day <= LastDay)
        {
            return false;
        }
        LastDay = day;
        return true;
    }

    /// <summary>The supervisor saw it and says what they did (a note is required; acknowledging twice keeps the first).</summary>
    public void Acknowledge(string? note, Instant at)
    {
        DomainException.ThrowIf(IsAcknowledged, "Flag_Error_Acknowledged");
        DomainException.ThrowIf(string.IsNullOrWhiteSpace(note), "Flag_Error_NoteRequired");
        DomainException.ThrowIf(note!.Trim().Length > IssueCluster.NoteMaxLength, "Flag_Error_NoteTooLong", IssueCluster.NoteMaxLength);
        AcknowledgedAt = at;
        SupervisorNote = note.Trim();
    }
}
