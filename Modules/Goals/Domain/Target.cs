using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Goals.Domain;

/// <summary>One key action of a target's decomposition (how many of an action type the result needs).</summary>
internal sealed record KeyActionLine(Guid ActionTypeId, int Quantity);

/// <summary>
/// A result target for a period and a scope (the company, a team by its id, a person by user id) on a metric, with the
/// key actions it decomposes into. A team's person targets (<see cref="ParentId"/>) must add up to it exactly
/// (<see cref="TargetMath.CheckSplit"/>); amounts are in yuan to the fen, counts whole, a rate 0–100.
/// </summary>
internal sealed class Target : IAuditable, IVersioned
{
    public const int NameMaxLength = 100;

    private List<KeyActionLine> _keyActions = [];

    public Target(Guid id, GoalPeriod period, TargetScope scope, Guid? scopeId, string scopeName, ResultMetric metric, decimal amount,
        Guid? parentId, Guid createdBy, Instant createdAt)
    {
        DomainException.ThrowIf(scope != TargetScope.Company && scopeId is null, "Target_Error_Scope");
        Id = id;
        PeriodKind = period.Kind;
        PeriodStart = period.Start;
        PeriodEnd = period.End;
        Scope = scope;
        ScopeId = scope == TargetScope.Company ? null : scopeId;
        ScopeName = scopeName.Length > NameMaxLength ? scopeName[..NameMaxLength] : scopeName;
        Metric = metric;
        ParentId = parentId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        ChangeAmount(amount);
    }

    private Target()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public PeriodKind PeriodKind { get; private set; }
    public LocalDate PeriodStart { get; private set; }
    public LocalDate PeriodEnd { get; private set; }
    public TargetScope Scope { get; private set; }
    public Guid? ScopeId { get; private set; }
    public string ScopeName { get; private set; } = string.Empty;
    public ResultMetric Metric { get; private set; }
    public decimal Amount { get; private set; }
    public Guid? ParentId { get; private set; }
    public IReadOnlyList<KeyActionLine> KeyActions => _keyActions;
    public Guid CreatedBy { get; private set; }
    public Instant CreatedAt { get; private set; }
    public int Version { get; set; }

    public GoalPeriod Period => new(PeriodKind, PeriodStart);

    public string AuditId => $"{Scope}:{ScopeName}/{Period.Key}/{Metric}";

    public void ChangeAmount(decimal amount)
    {
        CheckAmount(Metric, amount);
        Amount = amount;
    }

    /// <summary>The amount rules (forms check them before the aggregate does): above zero, at most the metric's maximum,
    /// whole for counts and rates, to the fen for money.</summary>
    public static void CheckAmount(ResultMetric metric, decimal amount)
    {
        DomainException.ThrowIf(amount <= 0, "Target_Error_Positive");
        DomainException.ThrowIf(amount > metric.Max(), "Target_Error_TooLarge", metric.Max());
        DomainException.ThrowIf(!metric.IsMoney() && amount != decimal.Truncate(amount), "Target_Error_Whole");
        DomainException.ThrowIf(metric.IsMoney() && amount != decimal.Round(amount, 2), "Target_Error_Fen");
    }

    /// <summary>Makes this target a share of <paramref name="parentId"/> (a split adopts a target set on its own before).</summary>
    public void ShareOf(Guid parentId) => ParentId = parentId;

    public void SetKeyActions(IEnumerable<KeyActionLine> lines)
    {
        var list = lines.Where(l => l.Quantity != 0).ToList();
        DomainException.ThrowIf(list.Any(l => l.Quantity is < 0 or > ContractLine.MaxQuantity), "Contract_Error_Quantity", ContractLine.MaxQuantity);
        DomainException.ThrowIf(list.GroupBy(l => l.ActionTypeId).Any(g => g.Count() > 1), "Contract_Error_Duplicate");
        _keyActions = list;
    }
}
