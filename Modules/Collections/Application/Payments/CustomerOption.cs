namespace SalesSuite.Collections.Application.Payments;

/// <summary>A customer to choose in a form or filter: name and code when Collections knows them.</summary>
internal sealed record CustomerOption(Guid Id, string Name, string? Code)
{
    public string Label => Code is null ? Name : $"{Name} ({Code})";
}
