namespace SalesSuite.Leads.Application.Queries;

/// <summary>Board filters by tag; empty means any.</summary>
public sealed class PoolFilter
{
    public string? Source { get; set; }
    public string? Industry { get; set; }
    public string? Budget { get; set; }
    public string? Need { get; set; }
}
