namespace SalesSuite.Leads.Domain;

/// <summary>How many of the customer's key fields are filled, and which are missing (field codes).</summary>
internal sealed record ProfileCompleteness(int Filled, int Count, IReadOnlyList<string> Missing)
{
    /// <summary>Filled key fields as a whole percent (rounded half away from zero); 0 when there are none.</summary>
    /// <summary>The labels of the director's key fields by code (built-in fields are named by resources).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public int Percent => Count == 0 ? 0 : (int)Math.Round(100m * Filled / Count, MidpointRounding.AwayFromZero);
}
