namespace SalesSuite.Collections.Application.Payments;

/// <summary>One by-hand allocation line as posted: a milestone and the amount of the payment it takes (blank: none).</summary>
public sealed class AllocationLineInput
{
    public Guid ReceivableId { get; set; }
    public string? Amount { get; set; }

    internal decimal? AmountValue => AmountText.Parse(Amount);

    internal bool IsBlank => string.IsNullOrWhiteSpace(Amount);
}
