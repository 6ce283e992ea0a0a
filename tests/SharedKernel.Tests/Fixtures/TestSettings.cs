namespace SalesSuite.SharedKernel.Tests.Fixtures;

/// <summary>A module's single settings row with defaults.</summary>
public sealed class TestSettings
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int Threshold { get; set; } = 5;
}
