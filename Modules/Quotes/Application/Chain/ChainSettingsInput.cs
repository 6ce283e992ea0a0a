namespace SalesSuite.Quotes.Application.Chain;

/// <summary>The module settings the director edits next to the chain.</summary>
public sealed class ChainSettingsInput
{
    public decimal MinMarginPercent { get; set; }
    public int DefaultValidityDays { get; set; }
    /// <summary>Null (not posted): unchanged.</summary>
    public bool? CreditCheckAddsFinanceStep { get; set; }
}
