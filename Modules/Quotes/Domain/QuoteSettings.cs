using NodaTime;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain;

/// <summary>
/// Module-wide settings (one row): minimum gross margin, default validity, and whether a quote above the customer's
/// credit limit needs Finance's approval (otherwise it is only flagged).
/// </summary>
internal sealed class QuoteSettings : IAuditable, IVersioned
{
    public static readonly Guid SingletonId = new("6b1d3c39-4a0e-4c55-9d1e-1f0a5b2c7d01");

    public Guid Id { get; private set; } = SingletonId;
    public decimal MinMarginPercent { get; set; } = MarginPolicy.DefaultMinimumPercent;
    public int DefaultValidityDays { get; set; } = 30;
    public bool CreditCheckAddsFinanceStep { get; set; } = true;
    /// <summary>Hours after an SLA breach (and the superiors' to-do) before the second escalation level.</summary>
    public int EscalationSecondLevelHours { get; set; } = 24;
    /// <summary>The role that gets the second escalation level (a compliance director's role where one exists).</summary>
    public string EscalationSecondLevelRole { get; set; } = Roles.GeneralManager;
    public int Version { get; set; }

    /// <summary>The second level's wait and role, with the defaults for a row saved before these settings existed.</summary>
    public Duration SecondLevelAfter => Duration.FromHours(EscalationSecondLevelHours > 0 ? EscalationSecondLevelHours : 24);

    public string SecondLevelRole => string.IsNullOrWhiteSpace(EscalationSecondLevelRole) ? Roles.GeneralManager : EscalationSecondLevelRole;
    public string AuditId => "settings";

    public MarginPolicy Margin => new(MinMarginPercent);
}
