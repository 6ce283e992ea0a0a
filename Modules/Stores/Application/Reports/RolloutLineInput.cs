namespace SalesSuite.Stores.Application.Reports;

/// <summary>The roll-out status of one new product the store still reports (a <c>RolloutStatus</c> code).</summary>
public sealed class RolloutLineInput
{
    public Guid ProductId { get; set; }
    public string? Status { get; set; }
}
