namespace SalesSuite.Leads.Application.Assignment;

/// <summary>A manager's override: the new owner and why.</summary>
public sealed class ReassignInput
{
    public Guid ToUserId { get; set; }
    public string? Reason { get; set; }
}
