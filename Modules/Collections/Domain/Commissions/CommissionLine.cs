using NodaTime;

namespace SalesSuite.Collections.Domain.Commissions;

/// <summary>
/// One line of a commission statement, traceable to the payment, its allocation, the contract and the milestone. What it
/// shows (contract number, customer, rule, bands) is copied at generation: an approved statement never changes.
/// </summary>
internal sealed class CommissionLine
{
    private readonly List<CommissionBand> bands = [];

    private CommissionLine(CollectedCash cash, CommissionLineKind kind, decimal commission)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        PaymentId = cash.PaymentId;
        AllocationId = cash.AllocationId;
        ContractId = cash.ContractId;
        ReceivableId = cash.ReceivableId;
        ContractNumber = cash.ContractNumber;
        Milestone = cash.Milestone;
        BankReference = cash.BankReference;
        CustomerId = cash.CustomerId;
        CustomerName = cash.CustomerName;
        CustomerType = cash.CustomerType;
        ProductLine = cash.ProductLine;
        On = cash.PaidOn;
        Amount = cash.Amount;
        Commission = commission;
    }

    private CommissionLine()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid StatementId { get; private set; }
    public int Order { get; private set; }
    public CommissionLineKind Kind { get; private set; }
    public Guid PaymentId { get; private set; }
    public Guid AllocationId { get; private set; }
    public Guid ContractId { get; private set; }
    public Guid ReceivableId { get; private set; }
    public string ContractNumber { get; private set; } = string.Empty;
    public string Milestone { get; private set; } = string.Empty;
    public string BankReference { get; private set; } = string.Empty;
    public Guid CustomerId { get; private set; }
    public string? CustomerName { get; private set; }
    public string? CustomerType { get; private set; }
    /// <summary>Null: the contract has no product lines.</summary>
    public string? ProductLine { get; private set; }
    /// <summary>Earned: the payment's date. Clawback: the business day of the reversal.</summary>
    public LocalDate On { get; private set; }
    /// <summary>Cash collected (negative on a clawback).</summary>
    public decimal Amount { get; private set; }
    public Guid? RuleId { get; private set; }
    /// <summary>The rule as it was ("SW / 经销商"); null when no rule matched (0%).</summary>
    public string? RuleLabel { get; private set; }
    public decimal Commission { get; private set; }
    /// <summary>On a clawback: the approved line it takes back.</summary>
    public Guid? ClawbackOfLineId { get; private set; }

    public IReadOnlyList<CommissionBand> Bands => bands;

    public static CommissionLine Earned(CollectedCash cash, CommissionRule? rule, IEnumerable<CommissionBand> bands, decimal commission)
    {
        var line = new CommissionLine(cash, CommissionLineKind.Earned, commission) { RuleId = rule?.Id, RuleLabel = rule?.Label };
        line.bands.AddRange(bands);
        return line;
    }

    /// <summary>Takes back exactly what <paramref name="original"/> earned; the reversal does not move anyone's tiers.</summary>
    public CommissionLine Clawback(LocalDate reversedOn) => new()
    {
        Id = Guid.NewGuid(),
        Kind = CommissionLineKind.Clawback,
        PaymentId = PaymentId,
        AllocationId = AllocationId,
        ContractId = ContractId,
        ReceivableId = ReceivableId,
        ContractNumber = ContractNumber,
        Milestone = Milestone,
        BankReference = BankReference,
        CustomerId = CustomerId,
        CustomerName = CustomerName,
        CustomerType = CustomerType,
        ProductLine = ProductLine,
        On = reversedOn,
        Amount = -Amount,
        RuleId = RuleId,
        RuleLabel = RuleLabel,
        Commission = -Commission,
        ClawbackOfLineId = Id,
    };

    internal void PlaceIn(Guid statementId, int order)
    {
        StatementId = statementId;
        Order = order;
    }
}
