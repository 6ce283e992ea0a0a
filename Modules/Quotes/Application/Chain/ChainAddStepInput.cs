namespace SalesSuite.Quotes.Application.Chain;

/// <summary>A new step at the end of the chain: the role that decides it and its SLA; <see cref="Stamp"/> is the chain the form showed.</summary>
public sealed class ChainAddStepInput
{
    public string? Role { get; set; }
    public int SlaHours { get; set; }
    public int? UrgentSlaHours { get; set; }
    public string? Stamp { get; set; }
}
