using NodaTime;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>A test aggregate: audited, versioned, carrying every NodaTime type the kernel converts.</summary>
public sealed class Widget : IAuditable, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = string.Empty;
    public string Category { get; set; } = "A";
    public int Rank { get; set; }
    public decimal Price { get; set; }
    public Instant CreatedAt { get; set; }
    public Instant? ClosedAt { get; set; }
    public LocalDate Due { get; set; }
    public LocalTime Slot { get; set; }
    public Duration Dwell { get; set; }
    public int Version { get; set; }

    public string AuditId => Id.ToString();
}
