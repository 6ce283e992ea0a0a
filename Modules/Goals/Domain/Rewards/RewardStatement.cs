using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Domain;

/// <summary>
/// A target's reward statement: the pool arithmetic and every person's line as last calculated, with the inputs it used
/// (target, actual, share %, top %). It can be recalculated until it is closed; closing freezes it for payroll.
/// </summary>
internal sealed class RewardStatement : IAuditable, IVersioned
{
    private List<RewardLine> _lines = [];

    public RewardStatement(Guid id, Target target)
    {
        Id = id;
        TargetId = target.Id;
        PeriodKind = target.PeriodKind;
        PeriodStart = target.PeriodStart;
        PeriodEnd = target.PeriodEnd;
        Scope = target.Scope;
        ScopeId = target.ScopeId;
        ScopeName = target.ScopeName;
        Metric = target.Metric;
    }

    private RewardStatement()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid TargetId { get; private set; }
    public PeriodKind PeriodKind { get; private set; }
    public LocalDate PeriodStart { get; private set; }
    public LocalDate PeriodEnd { get; private set; }
    public TargetScope Scope { get; private set; }
    public Guid? ScopeId { get; private set; }
    public string ScopeName { get; private set; } = string.Empty;
    public ResultMetric Metric { get; private set; }
    public decimal TargetAmount { get; private set; }
    public decimal Actual { get; private set; }
    public decimal SharePercent { get; private set; }
    public decimal TopPercent { get; private set; }
    public decimal AboveTarget { get; private set; }
    public decimal Pool { get; private set; }
    public PoolStatus Status { get; private set; }
    public int Headcount { get; private set; }
    public int TopCount { get; private set; }
    public int Winners { get; private set; }
    public decimal Each { get; private set; }
    public IReadOnlyList<RewardLine> Lines => _lines;
    public Instant CalculatedAt { get; private set; }
    public Guid CalculatedBy { get; private set; }
    public Instant? ClosedAt { get; private set; }
    public Guid? ClosedBy { get; private set; }
    public int Version { get; set; }

    public GoalPeriod Period => new(PeriodKind, PeriodStart);

    public bool IsClosed => ClosedAt is not null;

    public string AuditId => $"{Scope}:{ScopeName}/{Period.Key}/{Metric}";

    /// <summary>The stored outcome, in the shape <see cref="RewardSplit.Calculate"/> returns.</summary>
    public RewardOutcome Outcome => new(AboveTarget, Pool, Status, Headcount, TopCount, Winners, Each, _lines);

    /// <summary>Stores a fresh calculation; refused once closed.</summary>
    public void Recalculate(RewardInputs inputs, RewardOutcome outcome, Instant at, Guid by)
    {
        DomainException.ThrowIf(IsClosed, "Rewards_Error_Closed");
        (TargetAmount, Actual, SharePercent, TopPercent) = (inputs.Target, inputs.Actual, inputs.SharePercent, inputs.TopPercent);
        (AboveTarget, Pool, Status, Headcount, TopCount, Winners, Each) =
            (outcome.AboveTarget, outcome.Pool, outcome.Status, outcome.Headcount, outcome.TopCount, outcome.Winners, outcome.Each);
        _lines = [.. outcome.Lines];
        CalculatedAt = at;
        CalculatedBy = by;
    }

    /// <summary>True when a fresh calculation gives the same numbers as the stored one (inputs, pool and every line).</summary>
    public bool Matches(RewardInputs inputs, RewardOutcome fresh) =>
        inputs == new RewardInputs(TargetAmount, Actual, SharePercent, TopPercent)
        && fresh.Pool == Pool && fresh.Status == Status && fresh.Winners == Winners
        && fresh.Lines.Select(Key).SequenceEqual(_lines.Select(Key));

    /// <summary>Freezes the statement; refused when already closed.</summary>
    public void Close(Instant at, Guid by)
    {
        DomainException.ThrowIf(IsClosed, "Rewards_Error_Closed");
        ClosedAt = at;
        ClosedBy = by;
    }

    private static (Guid, int?, decimal, RewardReason) Key(RewardLine line) => (line.UserId, line.Rank, line.Amount, line.Reason);
}
