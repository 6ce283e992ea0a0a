using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Domain;

/// <summary>Where a contract line comes from: a result target's decomposition, or the person's own commitment.</summary>
internal enum LineSource
{
    Target,
    Commitment,
}

/// <summary>One line of an action contract: a key action type and how many times it must happen in the period.</summary>
internal sealed record ContractLine(Guid ActionTypeId, int Quantity, LineSource Source, Guid? TargetId = null, string? Note = null)
{
    public const int MaxQuantity = 10_000;
    public const int NoteMaxLength = 200;
}

/// <summary>
/// A person's action contract for a period: the key actions they owe (from their targets' decomposition and their own
/// commitments), each counted from evidence. Complete when every line reached its quantity; <see cref="CompletedAt"/>
/// is the instant of the evidence that completed it (the reward pool ranks on it) and is set once.
/// </summary>
internal sealed class ActionContract : IAuditable, IVersioned
{
    private List<ContractLine> _lines = [];

    public ActionContract(Guid id, Guid userId, GoalPeriod period, Instant createdAt)
    {
        Id = id;
        UserId = userId;
        PeriodKind = period.Kind;
        PeriodStart = period.Start;
        PeriodEnd = period.End;
        CreatedAt = createdAt;
    }

    private ActionContract()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public PeriodKind PeriodKind { get; private set; }
    public LocalDate PeriodStart { get; private set; }
    public LocalDate PeriodEnd { get; private set; }
    public IReadOnlyList<ContractLine> Lines => _lines;
    public Instant CreatedAt { get; private set; }
    public Instant? CompletedAt { get; private set; }
    public int Version { get; set; }

    public GoalPeriod Period => new(PeriodKind, PeriodStart);

    public string AuditId => $"{UserId:N}/{Period.Key}";

    /// <summary>Replaces the lines; quantities 1..10,000, one line per action type and source.</summary>
    public void SetLines(IEnumerable<ContractLine> lines)
    {
        var list = lines.ToList();
        foreach (var line in list)
        {
            DomainException.ThrowIf(line.Quantity is < 1 or > ContractLine.MaxQuantity, "Contract_Error_Quantity", ContractLine.MaxQuantity);
            DomainException.ThrowIf(line.Note?.Length > ContractLine.NoteMaxLength, "Contract_Error_Note", ContractLine.NoteMaxLength);
        }
        DomainException.ThrowIf(
            list.GroupBy(l => (l.ActionTypeId, l.Source, l.TargetId)).Any(g => g.Count() > 1), "Contract_Error_Duplicate");
        _lines = list;
    }

    /// <summary>
    /// Replaces the commitment lines and keeps the target lines as they are (they follow the targets, not this form).
    /// </summary>
    public void SetCommitments(IEnumerable<ContractLine> commitments) =>
        SetLines(_lines.Where(l => l.Source == LineSource.Target)
            .Concat(commitments.Select(c => c with { Source = LineSource.Commitment, TargetId = null })));

    /// <summary>Quantity owed per action type (lines of the same type from several sources add up).</summary>
    public IReadOnlyDictionary<Guid, int> Owed() =>
        _lines.GroupBy(l => l.ActionTypeId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));

    /// <summary>True when every owed quantity is reached by <paramref name="done"/> (counts per action type).</summary>
    public bool IsMetBy(IReadOnlyDictionary<Guid, int> done) =>
        _lines.Count > 0 && Owed().All(o => done.GetValueOrDefault(o.Key) >= o.Value);

    /// <summary>Sets <see cref="CompletedAt"/> once; false when it was already complete.</summary>
    public bool Complete(Instant at)
    {
        if (CompletedAt is not null)
        {
            return false;
        }
        CompletedAt = at;
        return true;
    }
}
