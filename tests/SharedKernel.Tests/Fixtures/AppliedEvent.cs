namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>A row a test handler writes when it applies an event: counts how often an effect happened.</summary>
public sealed class AppliedEvent
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public string Handler { get; set; } = string.Empty;
}
