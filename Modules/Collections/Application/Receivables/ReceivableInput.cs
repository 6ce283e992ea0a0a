namespace SalesSuite.Collections.Application.Receivables;

/// <summary>What the form posts; <see cref="ReceivableInputValidator"/> checks it before the command runs.</summary>
public sealed class ReceivableInput
{
    public string Title { get; set; } = string.Empty;
    public decimal Amount { get; set; }
}
