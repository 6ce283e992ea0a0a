namespace SalesSuite.Quotes.Application.Chain;

/// <summary>The module settings the director edits next to the chain.</summary>
public sealed class ChainSettingsInput
{
    public decimal MinMarginPercent { get; set; }
    public int DefaultValidityDays { get; set; }
    /// <summary>Null (not posted): unchanged.</summary>
    public bool? CreditCheckAddsFinanceStep { get; set; }
    /// <summary>Hours from an SLA breach to the second escalation level; null (not posted): unchanged.</summary>
    public int? EscalationSecondLevelHours { get; set; }
    /// <summary>The second level's role (one of <c>ApprovalChain.EscalationRoles</c>); null (not posted): unchanged.</summary>
    public string? EscalationSecondLevelRole { get; set; }
}
