namespace SalesSuite.Goals.Application.Contracts;

/// <summary>The commitments form: the contract version it showed and its commitment rows (blank rows are ignored).</summary>
public sealed class CommitmentInput
{
    public int Version { get; set; }
    public List<CommitmentRow> Lines { get; set; } = [];
}

/// <summary>One commitment row: an action type, how many times in the period, an optional note.</summary>
public sealed class CommitmentRow
{
    public Guid? ActionTypeId { get; set; }
    public int? Quantity { get; set; }
    public string? Note { get; set; }

    public bool IsBlank => ActionTypeId is null && Quantity is null && string.IsNullOrWhiteSpace(Note);
}
