namespace SalesSuite.Quotes.Application.Chain;

/// <summary>One step of the chain as the director edits it; <see cref="Version"/> is the version the form showed.</summary>
public sealed class ChainStepInput
{
    public Guid StepId { get; set; }
    public int SlaHours { get; set; }
    public int? UrgentSlaHours { get; set; }
    public decimal? MinAmount { get; set; }
    public decimal? MinDiscountPercent { get; set; }
    public bool OnlyBelowMinimumMargin { get; set; }
    public string? RequiredTag { get; set; }
    public bool Enabled { get; set; }
    public int Version { get; set; }
}
