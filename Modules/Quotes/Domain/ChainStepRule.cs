using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain;

/// <summary>One configured step of the approval chain, with its SLA and optional conditions (all must hold).</summary>
internal sealed class ChainStepRule : IAuditable, IVersioned
{
    private ChainStepRule() { Role = string.Empty; }

    public ChainStepRule(Guid id, int order, StepKind kind, string role, int slaHours, int? urgentSlaHours = null)
    {
        Id = id;
        Order = order;
        Kind = kind;
        Role = role;
        SlaHours = slaHours;
        UrgentSlaHours = urgentSlaHours;
        Enabled = true;
    }

    public Guid Id { get; private set; }
    public int Order { get; set; }
    public StepKind Kind { get; private set; }
    public string Role { get; set; }
    public int SlaHours { get; set; }
    public int? UrgentSlaHours { get; set; }
    public decimal? MinAmount { get; set; }
    public decimal? MinDiscountPercent { get; set; }
    public bool OnlyBelowMinimumMargin { get; set; }
    public string? RequiredTag { get; set; }
    public bool Enabled { get; set; }
    public int Version { get; set; }
    public string AuditId => Id.ToString();

    public bool AppliesTo(QuoteFacts facts, MarginPolicy margin) =>
        Enabled
        && (MinAmount is not { } amount || facts.Amount >= amount)
        && (MinDiscountPercent is not { } discount || facts.MaxDiscountPercent >= discount)
        && (!OnlyBelowMinimumMargin || margin.IsBelow(facts.MarginPercent))
        && (string.IsNullOrWhiteSpace(RequiredTag) || facts.Tags.Contains(RequiredTag.Trim(), StringComparer.OrdinalIgnoreCase));

    public void Configure(int slaHours, int? urgentSlaHours, decimal? minAmount, decimal? minDiscountPercent,
        bool onlyBelowMinimumMargin, string? requiredTag, bool enabled)
    {
        TextLimits.Check(requiredTag, TextLimits.RequiredTag, "Chain_Error_TagLength");
        SlaHours = slaHours;
        UrgentSlaHours = urgentSlaHours;
        MinAmount = minAmount;
        MinDiscountPercent = minDiscountPercent;
        OnlyBelowMinimumMargin = onlyBelowMinimumMargin;
        RequiredTag = string.IsNullOrWhiteSpace(requiredTag) ? null : requiredTag.Trim();
        Enabled = enabled;
    }

    public Duration Sla(bool urgent) => Duration.FromHours(urgent && UrgentSlaHours is { } fast ? fast : SlaHours);
}
