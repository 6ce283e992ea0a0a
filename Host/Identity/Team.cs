using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Host.Identity;

/// <summary>A sales team in a region, led by a manager.</summary>
public sealed class Team : IAuditable, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = string.Empty;
    public string Region { get; set; } = string.Empty;
    public Guid? LeaderId { get; set; }
    public int Version { get; set; }
    public string AuditId => Id.ToString();
}
